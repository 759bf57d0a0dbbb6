package fi.taitoura.capacity;

import java.time.LocalDate;
import java.util.List;

/**
 * The Osallisuusindikaattori of a group (a work unit or an organisation, in a time range) as the change from the
 * start to the end of the respondents' periods. Shown only when the group has at least {@code minGroupSize}
 * respondents; otherwise {@code statements} is empty and {@code shown} false, and the report says why.
 *
 * @param respondents trainees with both a start and an end answer, the end within the range
 * @param startOnly   periods in the group with a start answer but no end answer in the range (not included)
 */
public record InclusionReport(String groupName, LocalDate from, LocalDate to, int respondents, int startOnly,
                              int minGroupSize, List<StatementChange> statements, Double startMean, Double endMean) {

    public boolean shown() {
        return respondents >= minGroupSize && !statements.isEmpty();
    }

    /** Change of the mean of all statements (1–5); null when not shown. */
    public Double change() {
        return startMean == null || endMean == null ? null : endMean - startMean;
    }

    /** One statement's mean at the start and at the end (1–5). */
    public record StatementChange(int number, String text, double startMean, double endMean) {
        public double change() {
            return endMean - startMean;
        }
    }
}
