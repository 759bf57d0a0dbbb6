package fi.taitoura.fidelity;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What the fidelity feature takes and returns. */
public final class FidelityRecords {

    private FidelityRecords() {
    }

    /** A new review: the instrument version, the service reviewed, the date, reviewers (users and others by name). */
    public record NewReview(Long instrumentId, String serviceName, LocalDate reviewedOn, Set<Long> reviewerIds,
                            String externalReviewers) {
    }

    /** One item's score (1-5 or null) and note. */
    public record ScoreInput(Integer score, String note) {
    }

    /** A save of a draft review: its details, the action plan and the scores by item id. */
    public record ReviewInput(long expectedVersion, String serviceName, LocalDate reviewedOn, Set<Long> reviewerIds,
                              String externalReviewers, String actionPlan, Map<Long, ScoreInput> scores) {
    }

    /** The total of a subscale: the sum of scored items, how many are scored of all, and its band when complete. */
    public record SubscaleTotal(String key, String name, int total, int scored, int items, int max, String band) {
        public boolean complete() {
            return scored == items;
        }
    }

    /** A review in the list. */
    public record ReviewRow(Long id, String instrumentCode, String instrumentName, String serviceName,
                            LocalDate reviewedOn, ReviewState state, List<SubscaleTotal> totals) {
    }

    /** A reviewer shown by name. */
    public record Reviewer(Long id, String name) {
    }

    /** A review with its scores, for the form. */
    public record ReviewDetails(Long id, long version, Long instrumentId, String serviceName, LocalDate reviewedOn,
                                ReviewState state, List<Reviewer> reviewers, String externalReviewers,
                                String actionPlan, Map<Long, ScoreInput> scores, List<SubscaleTotal> totals,
                                boolean canEdit, boolean canReopen) {
    }

    /** One final review's subscale total on the trend chart. */
    public record TrendPoint(String instrumentCode, String serviceName, LocalDate reviewedOn, String subscaleName,
                             int total) {
    }
}
