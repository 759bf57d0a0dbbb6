package fi.taitoura.employment;

import fi.taitoura.employment.EmploymentRecords.Warning;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The quality criteria made visible (seed 001): criteria 16 and 22 need a written job-search plan and a written
 * in-work support plan; rapid job search means a first employer contact within 30 days of the agreement.
 */
final class QualityRules {

    /** The IPS rapid-search target: first employer contact within this many days of the agreement. */
    static final long FIRST_CONTACT_TARGET_DAYS = 30;
    /** A job start counts for the IPS measures with at least this many paid hours a week. */
    static final java.math.BigDecimal MIN_JOB_HOURS = new java.math.BigDecimal("4");

    private QualityRules() {
    }

    static Optional<EmploymentForm> latest(List<EmploymentForm> forms, FormKind kind, Long jobId) {
        return forms.stream().filter(f -> f.kind == kind && (jobId == null || Objects.equals(f.jobId, jobId)))
                .max(Comparator.comparingInt(f -> f.revision));
    }

    /** Days from the agreement to the first employer contact, or to the day when there is none yet. */
    static Long daysToFirstContact(EmploymentCase c, LocalDate firstContact, LocalDate today) {
        if (c.agreedOn == null) {
            return null;
        }
        LocalDate to = firstContact != null ? firstContact : (c.closedOn != null ? c.closedOn : today);
        return Math.max(0, ChronoUnit.DAYS.between(c.agreedOn, to));
    }

    static List<Warning> warnings(EmploymentCase c, List<EmploymentForm> forms, List<EmploymentJob> jobs,
                                  LocalDate firstContact, LocalDate today) {
        List<Warning> list = new ArrayList<>();
        if (!c.isOpen()) {
            return list;
        }
        if (c.coachId == null) {
            list.add(new Warning(WarningKind.NO_COACH, null, 0));
        }
        if (c.phase == Phase.JOB_SEARCH || c.phase == Phase.EMPLOYER_AGREEMENT) {
            Optional<EmploymentForm> plan = latest(forms, FormKind.JOB_SEARCH_PLAN, null);
            if (plan.isEmpty()) {
                list.add(new Warning(WarningKind.JOB_SEARCH_PLAN_MISSING, null, 0));
            } else if (plan.get().reviewOn != null && plan.get().reviewOn.isBefore(today)) {
                list.add(new Warning(WarningKind.JOB_SEARCH_PLAN_REVIEW_DUE, null,
                        ChronoUnit.DAYS.between(plan.get().reviewOn, today)));
            }
        }
        for (EmploymentJob job : jobs) {
            if (job.isOngoingOn(today) && latest(forms, FormKind.SUPPORT_PLAN, job.getId()).isEmpty()) {
                list.add(new Warning(WarningKind.SUPPORT_PLAN_MISSING, job.getId(), 0));
            }
        }
        Long days = daysToFirstContact(c, firstContact, today);
        if (days != null && days > FIRST_CONTACT_TARGET_DAYS) {
            if (firstContact == null) {
                list.add(new Warning(WarningKind.FIRST_CONTACT_MISSING, null, days));
            } else if (jobs.isEmpty()) {
                list.add(new Warning(WarningKind.FIRST_CONTACT_LATE, null, days));
            }
        }
        return list;
    }
}
