package fi.taitoura.trainee;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/**
 * A training period as other features see it (ADR 0027): the trainee's name and the ids of the rows of other
 * features it refers to (work unit and its organisation, coaches, career agent, referring user, target units), with
 * the work unit's and organisation's names read once per list from the workplace feature. Names of people come from
 * {@code UserService.findNames} by the ids. Nothing of the trainee beyond name, date of birth and consents.
 */
public record PeriodDetails(Long periodId, Long traineeId, String traineeName, LocalDate traineeDateOfBirth,
                            Set<Consent> consents, Long workUnitId, String workUnitName, Long organisationId,
                            String organisationName, Set<Long> coachIds, Long careerAgentId, Long referrerUserId,
                            String referrerName, String referrerOrganisation, Set<Long> targetUnitIds,
                            PeriodStatus status, ServiceForm serviceForm, LocalDate startDate,
                            LocalDate plannedEndDate, LocalDate endDate, int daysPerWeek, BigDecimal hoursPerDay) {

    public PeriodDetails {
        consents = consents == null ? Set.of() : Set.copyOf(consents);
        coachIds = coachIds == null ? Set.of() : Set.copyOf(coachIds);
        targetUnitIds = targetUnitIds == null ? Set.of() : Set.copyOf(targetUnitIds);
    }

    /** The actual end, else the planned end. */
    public LocalDate end() {
        return endDate != null ? endDate : plannedEndDate;
    }

    /** True when the period runs on the given day. */
    public boolean isActiveOn(LocalDate day) {
        return !day.isBefore(startDate) && !day.isAfter(end());
    }

    /**
     * The referrer as shown: {@code referrerUserName} (the referring user's name, looked up by
     * {@link #referrerUserId}) when there is one, else the external referrer's name and organisation.
     */
    public String referrerLabel(String referrerUserName) {
        if (referrerUserId != null) {
            return referrerUserName == null ? "" : referrerUserName;
        }
        if (referrerName == null) {
            return "";
        }
        return referrerName + (referrerOrganisation == null ? "" : ", " + referrerOrganisation);
    }
}
