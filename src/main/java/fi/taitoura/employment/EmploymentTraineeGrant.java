package fi.taitoura.employment;

import fi.taitoura.trainee.TraineeAccessGrant;
import org.springframework.stereotype.Component;

/**
 * The job coaches and team leads of a client's team may read the client's trainee record, and — when the client
 * consented to the exchange of information in the referral — the training period the case continues (its ledger,
 * certificates and delivered summaries). The team's job coaches may correct the client's details while the case is
 * open.
 */
@Component
class EmploymentTraineeGrant implements TraineeAccessGrant {

    private final EmploymentAccess access;

    EmploymentTraineeGrant(EmploymentAccess access) {
        this.access = access;
    }

    @Override
    public boolean mayReadTrainee(Long traineeId) {
        return traineeId != null && access.mayReadClient(traineeId);
    }

    @Override
    public boolean mayReadPeriod(Long periodId) {
        return periodId != null && access.mayReadConsentedPeriod(periodId);
    }

    @Override
    public boolean mayWriteTrainee(Long traineeId) {
        return traineeId != null && access.mayWriteClient(traineeId);
    }
}
