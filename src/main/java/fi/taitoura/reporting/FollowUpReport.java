package fi.taitoura.reporting;

import fi.taitoura.outcome.FollowUpState;
import fi.taitoura.employment.Outcome;
import fi.taitoura.trainee.PeriodStatus;
import fi.taitoura.trainee.ServiceForm;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * The team lead's follow-up table (seed 001, "Tiiminvetäjän seurantataulukko") for a filter: training
 * environments per work unit and coach, the outcomes of the periods that ended in the range at the end and at three
 * months, the counts a funder asks for, and supported employment (IPS) when that feature is present. All figures are
 * counts computed by the database; nothing here names a trainee.
 *
 * @param scope     what the filter covers, in words (organisation / unit / coach names)
 * @param asOf      the day the "active" counts refer to
 */
public record FollowUpReport(ReportQuery query, String scope, LocalDate asOf, LocalDateTime generatedAt,
                             String generatedBy, List<EnvironmentRow> environments, List<OutcomeRow> outcomes,
                             Map<FollowUpState, Long> followUpStates, List<FunderRow> funder, IpsSection ips) {

    public enum RowKind { TOTAL, UNIT, COACH }

    /**
     * One row of the training environments: the total, a work unit's subtotal, or a coach in a unit (coach id 0:
     * periods without a coach). {@code capacity}: trainees per coach of the unit for a coach row, times the unit's
     * assigned coaches for a unit row; null where it does not apply.
     */
    public record EnvironmentRow(RowKind kind, Long unitId, Long coachId, String unitName, String coachName,
                                 Integer capacity, long activeTrainees, long started, long ended, long presentDays,
                                 long recordedDays, long requirementsShown, long demonstrationsAssessed,
                                 long demonstrationsPassed, long unitsPassed, long certificates,
                                 long certificateUnits, long summariesFinalised, long summariesDelivered,
                                 long outcomesRecorded, long toWorkOrEducation,
                                 long interrupted, long followUpConsent, long status3mRecorded,
                                 long toWorkOrEducation3m) {

        /** Present days per recorded day (0..1), null when nothing was recorded. */
        public Double attendanceRate() {
            return recordedDays == 0 ? null : (double) presentDays / recordedDays;
        }

        public boolean overCapacity() {
            return capacity != null && activeTrainees > capacity;
        }
    }

    /** Periods ended in the range with this outcome at the end, and with it as the status at three months. */
    public record OutcomeRow(Outcome outcome, long atEnd, long at3Months) {
    }

    /**
     * Participants by status and service form (status and form null: the total): people and periods started and
     * ended in the range, and the outcomes of the ended periods ({@code outcomeMissing}: ended without an outcome).
     */
    public record FunderRow(PeriodStatus status, ServiceForm serviceForm, long startedPeople, long startedPeriods,
                            long endedPeople, long endedPeriods, Map<Outcome, Long> outcomes, long outcomeMissing) {
    }

    /**
     * Supported employment (IPS) of the teams the team lead follows in the scope: the measures per job coach and
     * team, and the counts a funder asks for. Null when the viewer follows no team.
     */
    public record IpsSection(List<IpsRow> rows, List<IpsFunderRow> funder) {
    }

    /**
     * IPS measures of one job coach of a team (coach null: the team's total). {@code servedOutOfWork}: cases served
     * in the range (all entered out of work); {@code employed}: of them, in a job of 4+ hours in the range;
     * {@code coachWeeks}: weeks in the range times the coaches counted, for contacts per coach per week.
     */
    public record IpsRow(String team, Long coachId, String coachName, long caseload, long referrals,
                         long firstJobStarts, long jobStarts, long jobs13Weeks, long servedOutOfWork, long employed,
                         Double medianDaysToContact, Double medianDaysToJob, long employerContacts,
                         double coachWeeks) {

        public Double employmentRate() {
            return servedOutOfWork == 0 ? null : (double) employed / servedOutOfWork;
        }

        public Double contactsPerWeek() {
            return coachWeeks <= 0 ? null : employerContacts / coachWeeks;
        }
    }

    /** Supported-employment cases started (referred) and ended (closed) in the range by variant (null: total). */
    public record IpsFunderRow(fi.taitoura.employment.CaseVariant variant, long started, long ended,
                               Map<Outcome, Long> outcomes) {
    }
}
