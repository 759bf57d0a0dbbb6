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
        return summaryId != null && summaries.findById(summaryId)
                .map(s -> canRead(s) || refused(s)).orElse(false);
    }

    /** The signed-in user may read the summary's drafting comments: a writer of its period. */
    @Transactional(readOnly = true)
    public boolean mayReadComments(Long summaryId) {
        return summaryId != null && summaries.findById(summaryId)
                .map(s -> periods.isWritable(s.getPeriodId()) || refused(s)).orElse(false);
    }

    /** The rule of {@link #mayRead}, recording nothing. */
    boolean canRead(PeriodSummary s) {
        return periods.isWritable(s.getPeriodId()) || isDelivered(s);
    }

    /** The summary is a finalised (or since superseded) revision delivered to the signed-in referrer. */
    boolean isDelivered(PeriodSummary s) {
        return s.getState() != SummaryState.DRAFT
                && (periods.receivesSummaries(s.getPeriodId()) || periods.isGranted(s.getPeriodId()));
    }

    private boolean refused(PeriodSummary s) {
        Long traineeId = trainees.periodHeadings(List.of(s.getPeriodId())).values().stream().findFirst()
                .map(TraineeService.PeriodHeading::traineeId).orElse(null);
        audit.recordRefused("PeriodSummary", s.getId(), traineeId);
        return false;
    }
}
