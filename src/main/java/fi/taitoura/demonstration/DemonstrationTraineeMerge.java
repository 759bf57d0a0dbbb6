package fi.taitoura.demonstration;

import fi.taitoura.trainee.TraineesMergedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Moves demonstrations to the kept record when an administrator links duplicate trainee records. */
@Component
class DemonstrationTraineeMerge {

    private final DemonstrationRepository demonstrations;

    DemonstrationTraineeMerge(DemonstrationRepository demonstrations) {
        this.demonstrations = demonstrations;
    }

    @EventListener
    void onMerged(TraineesMergedEvent event) {
        demonstrations.moveTrainee(event.mergedId(), event.keptId());
    }
}
