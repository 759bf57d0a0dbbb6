package fi.taitoura.summary;

import fi.taitoura.audit.AuditService;
import fi.taitoura.trainee.TraineeAccess;
import fi.taitoura.trainee.TraineeService;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may read an end-of-period summary (named at the methods as {@code @PreAuthorize("@summaryAccess.mayRead(#id)")};
 * the period rules themselves are {@link TraineeAccess}'s):
 * <ul>
 * <li>those who may record in the period (its coaches and career agent): every revision, drafts included, and the
 *     drafting comments;</li>
 * <li>the case worker who referred the trainee, while the trainee consents to the summary being delivered to the
 *     referrer: the finalised and superseded revisions, never a draft or the comments (issue 12, finding 1);</li>
 * <li>a user whom another feature grants read access to the period ({@code TraineeAccessGrant}, e.g. the job coach
 *     of the supported-employment case that continues it): the finalised and superseded revisions.</li>
 * </ul>
 * A refused {@code may...} check is written to the audit log with the trainee it concerns.
 */
@Component("summaryAccess")
public class SummaryAccess {

    private final PeriodSummaryRepository summaries;
    private final TraineeAccess periods;
    private final TraineeService trainees;
    private final AuditService audit;

    SummaryAccess(PeriodSummaryRepository summaries, TraineeAccess periods, TraineeService trainees,
                  AuditService audit) {
        this.summaries = summaries;
        this.periods = periods;
        this.trainees = trainees;
        this.audit = audit;
    }

    /** The signed-in user may read the summary: a writer of its period, or its referrer once it is delivered. */
    @Transactional(readOnly = true)
    public boolean mayRead(Long summaryId) {
        return summaryId != null && facts(summaryId)
                .map(f -> canRead(f.periodId(), f.state()) || refused(summaryId, f.periodId())).orElse(false);
    }

    /** The signed-in user may read the summary's drafting comments: a writer of its period. */
    @Transactional(readOnly = true)
    public boolean mayReadComments(Long summaryId) {
        return summaryId != null && facts(summaryId)
                .map(f -> periods.isWritable(f.periodId()) || refused(summaryId, f.periodId())).orElse(false);
    }

    /** What the rules need of a summary: its period and state (one row, not the summary with its texts). */
    private record Facts(Long periodId, SummaryState state) {
    }

    private java.util.Optional<Facts> facts(Long summaryId) {
        return summaries.findAccessFacts(summaryId).stream().findFirst()
                .map(r -> new Facts((Long) r[0], (SummaryState) r[1]));
    }

    /** The rule of {@link #mayRead}, recording nothing. */
    private boolean canRead(Long periodId, SummaryState state) {
        return periods.isWritable(periodId) || isDelivered(periodId, state);
    }

    /** The summary is a finalised (or since superseded) revision delivered to the signed-in referrer. */
    private boolean isDelivered(Long periodId, SummaryState state) {
        return state != SummaryState.DRAFT && (periods.receivesSummaries(periodId) || periods.isGranted(periodId));
    }

    private boolean refused(Long summaryId, Long periodId) {
        Long traineeId = trainees.periodHeadings(List.of(periodId)).values().stream().findFirst()
                .map(TraineeService.PeriodHeading::traineeId).orElse(null);
        audit.recordRefused("PeriodSummary", summaryId, traineeId);
        return false;
    }
}
