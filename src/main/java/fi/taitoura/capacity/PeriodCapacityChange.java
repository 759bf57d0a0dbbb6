package fi.taitoura.capacity;

import fi.taitoura.base.db.LocalizedText;
import java.time.LocalDate;
import java.util.List;

/**
 * How a trainee's work and functional capacity developed during a period: per capacity instrument and domain, the
 * coach's and the trainee's own ratings over time and from start to end. Never contains the
 * Osallisuusindikaattori (inclusion answers are reported per group only).
 *
 * @param instruments one entry per capacity instrument used in the period (versions of one instrument together)
 */
public record PeriodCapacityChange(Long periodId, Long traineeId, List<InstrumentChange> instruments) {

    public boolean isEmpty() {
        return instruments.isEmpty();
    }

    /** One instrument: its name (of the newest version used), scale range and domains. */
    public record InstrumentChange(String code, LocalizedText name, boolean example, int minValue, int maxValue,
                                   List<DomainChange> domains) {
    }

    /** One domain: the coach's ratings and the trainee's self-assessments. */
    public record DomainChange(String key, LocalizedText name, RaterChange coach, RaterChange self) {
    }

    /**
     * One rater's domain scores (the mean of the domain's assessed items) over the period, and the change from the
     * start assessment (phase START, else the first) to the end assessment (phase END, else the last).
     */
    public record RaterChange(List<ScorePoint> series, ScorePoint start, ScorePoint end) {

        public boolean hasData() {
            return !series.isEmpty();
        }

        /** End minus start; null without both. */
        public Double change() {
            return start == null || end == null ? null : end.score() - start.score();
        }
    }

    /** A domain score on a date. */
    public record ScorePoint(LocalDate date, AssessmentPhase phase, double score) {
    }
}
