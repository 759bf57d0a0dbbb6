package fi.taitoura.outcome;

import fi.taitoura.employment.Outcome;
import java.time.LocalDate;
import java.util.List;

/** What the outcome feature takes and returns: records, never its entities. */
public final class OutcomeRecords {

    private OutcomeRecords() {
    }

    /**
     * The outcome of a period as recorded when it ends. {@code expectedVersion}: null for a new record, else the
     * version the user started editing (a stale save is refused).
     */
    public record OutcomeInput(Outcome outcome, InterruptionReason interruptionReason, String note,
                               boolean followUpConsent, Long expectedVersion) {
    }

    /** The status of the after-support: DONE with the status at three months, NOT_REACHED, WITHDRAWN or OPEN. */
    public record StatusInput(FollowUpState state, Outcome status, LocalDate on, String note, long expectedVersion) {
    }

    /** A contact of the after-support. */
    public record ContactInput(LocalDate on, FollowUpContactKind kind, boolean reached, String note) {
    }

    public record Contact(Long id, LocalDate on, FollowUpContactKind kind, boolean reached, String note,
                          String recordedBy) {
    }

    /**
     * A period's outcome with its after-support. {@code dueOn}: the three-month point (period end + 3 months).
     * {@code contacts} and the notes are empty for readers who only see the outcome (a referring case worker).
     */
    public record OutcomeDetails(Long id, long version, Long periodId, LocalDate periodEnd, Outcome outcome,
                                 InterruptionReason interruptionReason, String note, boolean followUpConsent,
                                 FollowUpState followUpState, LocalDate dueOn, Outcome status3m,
                                 LocalDate status3mOn, String status3mNote, List<Contact> contacts) {
    }

    /** What the signed-in user may do with a period's outcome. */
    public record Access(boolean read, boolean write, boolean details) {
    }

    /** An open after-support on the reminder list. */
    public record DueFollowUp(Long periodId, Long traineeId, String traineeName, String workUnit, LocalDate endedOn,
                              LocalDate dueOn, int contacts, LocalDate lastContact) {

        /** True from two weeks before the three-month point. */
        public boolean isDue(LocalDate today) {
            return !today.isBefore(dueOn.minusDays(OutcomeService.REMINDER_DAYS));
        }

        public boolean isOverdue(LocalDate today) {
            return today.isAfter(dueOn);
        }
    }
}
