package fi.taitoura.trainee;

/**
 * Another feature's reason why the signed-in user may see a trainee, implemented as a Spring bean by that feature
 * (e.g. supported employment: the job coaches of the client's team). The trainee feature keeps the one decision
 * of who may see a trainee and asks each grant in addition to its own period-based rules, so it never depends on
 * the features that grant access.
 */
public interface TraineeAccessGrant {

    /** The signed-in user may read the trainee's record (name, contact details). */
    boolean mayReadTrainee(Long traineeId);

    /** The signed-in user may read the training period and what it holds (ledger, certificates, summaries). */
    boolean mayReadPeriod(Long periodId);

    /** The signed-in user may correct the trainee's details. */
    boolean mayWriteTrainee(Long traineeId);
}
