package fi.taitoura.summary;

import fi.taitoura.document.DocumentCard;
import fi.taitoura.document.DocumentText;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What the data says about a period, prefilled into its summary and frozen (as JSON) when the summary is
 * finalised, so that later changes to the data do not alter a delivered summary. Never contains the inclusion
 * survey (Osallisuusindikaattori): capacity comes only from capacity instruments.
 */
public record SummaryData(
        String traineeName, LocalDate dateOfBirth, String organisation, String workUnit, String status,
        String serviceForm, LocalDate start, LocalDate plannedEnd, LocalDate end, int daysPerWeek,
        BigDecimal hoursPerDay, List<String> coaches, String careerAgent, String referrer,
        Attendance attendance, List<TaskLine> tasks, List<UnitLine> competence, List<DemonstrationLine> demonstrations,
        List<DocumentCard> cards, List<GoalLine> goals, List<CapacityInstrument> capacity) {

    /** Days present and absent, against the training days planned up to the end (or today). */
    public record Attendance(long present, long absent, long sick, long other, long planned) {
    }

    /** Tasks done by difficulty level (1-3): how many different tasks, how many times. */
    public record TaskLine(int level, String difficulty, long tasks, long times) {
    }

    /** Competence shown in a unit: requirements shown at all and independently, of all. */
    public record UnitLine(String code, DocumentText name, long shown, long independent, int total, boolean ready,
                           boolean target) {
    }

    /** A passed (or failed) competence demonstration. */
    public record DemonstrationLine(String unitCode, DocumentText unitName, LocalDate date, String grade,
                                    boolean passed) {
    }

    public record GoalLine(String description, String support, String outcome) {
    }

    /** A capacity instrument's domains with the coach's and the self-assessment's start, end and series. */
    public record CapacityInstrument(String code, DocumentText name, boolean example, int min, int max,
                                     List<CapacityDomain> domains) {
    }

    public record CapacityDomain(DocumentText name, List<Point> coach, List<Point> self) {

        public Double coachStart() {
            return coach.isEmpty() ? null : coach.get(0).value();
        }

        public Double coachEnd() {
            return coach.isEmpty() ? null : coach.get(coach.size() - 1).value();
        }

        public Double selfStart() {
            return self.isEmpty() ? null : self.get(0).value();
        }

        public Double selfEnd() {
            return self.isEmpty() ? null : self.get(self.size() - 1).value();
        }
    }

    public record Point(LocalDate date, double value) {
    }
}
