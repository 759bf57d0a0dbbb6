package fi.taitoura.employment;

import fi.taitoura.trainee.TraineesMergedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Moves supported-employment cases to the kept record when an administrator links duplicate trainee records. */
@Component
class EmploymentTraineeMerge {

    private final EmploymentCaseRepository cases;

    EmploymentTraineeMerge(EmploymentCaseRepository cases) {
        this.cases = cases;
    }

    @EventListener
    void onMerged(TraineesMergedEvent event) {
        cases.moveTrainee(event.mergedId(), event.keptId());
    }
}
