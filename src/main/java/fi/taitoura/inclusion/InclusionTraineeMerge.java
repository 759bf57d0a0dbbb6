package fi.taitoura.inclusion;

import fi.taitoura.trainee.TraineesMergedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Moves inclusion-survey responses to the kept record when an administrator links duplicate trainee records. */
@Component
class InclusionTraineeMerge {

    private final SurveyResponseRepository responses;

    InclusionTraineeMerge(SurveyResponseRepository responses) {
        this.responses = responses;
    }

    @EventListener
    void onMerged(TraineesMergedEvent event) {
        responses.moveTrainee(event.mergedId(), event.keptId());
    }
}
