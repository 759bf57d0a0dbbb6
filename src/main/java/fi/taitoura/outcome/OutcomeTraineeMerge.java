package fi.taitoura.outcome;

import fi.taitoura.trainee.TraineesMergedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Moves period outcomes to the kept record when an administrator links duplicate trainee records. */
@Component
class OutcomeTraineeMerge {

    private final PeriodOutcomeRepository outcomes;

    OutcomeTraineeMerge(PeriodOutcomeRepository outcomes) {
        this.outcomes = outcomes;
    }

    @EventListener
    void onMerged(TraineesMergedEvent event) {
        outcomes.moveTrainee(event.mergedId(), event.keptId());
    }
}
