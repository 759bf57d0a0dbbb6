package fi.taitoura.reporting;

import fi.taitoura.employment.CaseVariant;
import fi.taitoura.employment.EmploymentRecords.CaseFact;
import fi.taitoura.employment.EmploymentRecords.ContactFact;
import fi.taitoura.employment.EmploymentRecords.JobFact;
import fi.taitoura.employment.Outcome;
import fi.taitoura.reporting.FollowUpReport.IpsFunderRow;
import fi.taitoura.reporting.FollowUpReport.IpsRow;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The IPS measures of a supported-employment team (DOMAIN.md, seed 001) from the employment feature's facts (ids,
 * dates, hours and categories of the team's cases, jobs and employer contacts; a team's caseload, not the nation's):
 * <ul>
 * <li>caseload: cases open on the as-of day (20 or fewer per job coach);</li>
 * <li>referrals: cases referred in the range;</li>
 * <li>people with a first job start: cases whose first job of at least {@value #MIN_HOURS} paid hours a week started
 * in the range (a 3-hour job is not a job start);</li>
 * <li>job starts: jobs of at least {@value #MIN_HOURS} hours a week started in the range; of them, jobs lasting 13
 * weeks or more: {@value #DAYS_13_WEEKS} days or more from the start to the end (or to the as-of day);</li>
 * <li>employment rate among clients out of work: of the cases served in the range (every client enters out of
 * work), those in a job of at least 4 hours at some time in the range (benchmark about 40 %);</li>
 * <li>median days from the cooperation agreement to the first employer contact (cases agreed in the range) and to
 * the first job (cases whose first job started in the range);</li>
 * <li>employer contacts per job coach per week in the range.</li>
 * </ul>
 */
final class IpsMeasures {

    static final BigDecimal MIN_HOURS = new BigDecimal("4");
    static final long DAYS_13_WEEKS = 91;

    private IpsMeasures() {
    }

    /**
     * One row per job coach of the team (in order of the names) and the team's total (coach null). {@code coachIds}
     * limits the coach rows (null: all), {@code names} gives their names.
     */
    static List<IpsRow> rows(String team, List<CaseFact> cases, List<JobFact> jobs, List<ContactFact> contacts,
                             LocalDate from, LocalDate to, LocalDate asOf, Function<Long, String> names,
                             Long onlyCoach) {
        Set<Long> coaches = new HashSet<>();
        cases.forEach(c -> coaches.add(c.coachId()));
        contacts.forEach(c -> coaches.add(c.coachId()));
        coaches.remove(null);
        List<IpsRow> rows = new ArrayList<>();
        coaches.stream().filter(c -> onlyCoach == null || c.equals(onlyCoach))
                .map(c -> row(team, c, names.apply(c), cases, jobs, contacts, from, to, asOf, c::equals))
                .sorted(java.util.Comparator.comparing(IpsRow::coachName))
                .forEach(rows::add);
        if (onlyCoach == null) {
            rows.add(row(team, null, null, cases, jobs, contacts, from, to, asOf, c -> true));
        }
        return rows;
    }

    private static IpsRow row(String team, Long coachId, String coachName, List<CaseFact> allCases,
                              List<JobFact> allJobs, List<ContactFact> allContacts, LocalDate from, LocalDate to,
                              LocalDate asOf, Predicate<Long> coach) {
        List<CaseFact> cases = allCases.stream().filter(c -> coach.test(c.coachId())).toList();
        List<JobFact> jobs = allJobs.stream().filter(j -> coach.test(j.coachId()))
                .filter(j -> j.hoursPerWeek() != null && j.hoursPerWeek().compareTo(MIN_HOURS) >= 0).toList();
        long caseload = cases.stream().filter(c -> !c.referredOn().isAfter(asOf)
                && (c.closedOn() == null || c.closedOn().isAfter(asOf))).count();
        long referrals = cases.stream().filter(c -> within(c.referredOn(), from, to)).count();
        long firstJobs = cases.stream().filter(c -> within(c.firstJobStartOn(), from, to)).count();
        List<JobFact> started = jobs.stream().filter(j -> within(j.startDate(), from, to)).toList();
        long jobs13 = started.stream().filter(j -> lasted13Weeks(j, asOf)).count();
        List<CaseFact> served = cases.stream().filter(c -> !c.referredOn().isAfter(to)
                && (c.closedOn() == null || !c.closedOn().isBefore(from))).toList();
        Set<Long> employed = new HashSet<>();
        for (JobFact j : jobs) {
            if (!j.startDate().isAfter(to) && (j.endDate() == null || !j.endDate().isBefore(from))) {
                employed.add(j.caseId());
            }
        }
        long employedServed = served.stream().filter(c -> employed.contains(c.caseId())).count();
        Double toContact = median(cases.stream().filter(c -> within(c.agreedOn(), from, to)
                && c.firstContactOn() != null).map(c -> Math.max(0,
                ChronoUnit.DAYS.between(c.agreedOn(), c.firstContactOn()))).toList());
        Double toJob = median(cases.stream().filter(c -> c.agreedOn() != null && within(c.firstJobStartOn(), from, to))
                .map(c -> Math.max(0, ChronoUnit.DAYS.between(c.agreedOn(), c.firstJobStartOn()))).toList());
        long employerContacts = allContacts.stream().filter(c -> coach.test(c.coachId()))
                .filter(c -> within(c.date(), from, to)).count();
        LocalDate end = to.isAfter(asOf) ? asOf : to;
        double weeks = Math.max(1, ChronoUnit.DAYS.between(from, end) + 1) / 7.0;
        long coachCount = coachId != null ? 1 : Math.max(1, allContacts.stream().map(ContactFact::coachId)
                .filter(Objects::nonNull).distinct().count());
        return new IpsRow(team, coachId, coachName, caseload, referrals, firstJobs, started.size(), jobs13,
                served.size(), employedServed, toContact, toJob, employerContacts, weeks * coachCount);
    }

    /** Started and ended (closed) cases in the range by variant, and the outcomes of the closed ones. */
    static List<IpsFunderRow> funder(List<CaseFact> cases, LocalDate from, LocalDate to) {
        List<IpsFunderRow> rows = new ArrayList<>();
        for (CaseVariant v : CaseVariant.values()) {
            List<CaseFact> mine = cases.stream().filter(c -> c.variant() == v).toList();
            if (mine.stream().anyMatch(c -> within(c.referredOn(), from, to) || within(c.closedOn(), from, to))) {
                rows.add(funderRow(v, mine, from, to));
            }
        }
        rows.add(funderRow(null, cases, from, to));
        return rows;
    }

    private static IpsFunderRow funderRow(CaseVariant v, List<CaseFact> cases, LocalDate from, LocalDate to) {
        Map<Outcome, Long> outcomes = new EnumMap<>(Outcome.class);
        long ended = 0;
        for (CaseFact c : cases) {
            if (within(c.closedOn(), from, to)) {
                ended++;
                if (c.outcome() != null) {
                    outcomes.merge(c.outcome(), 1L, Long::sum);
                }
            }
        }
        long started = cases.stream().filter(c -> within(c.referredOn(), from, to)).count();
        return new IpsFunderRow(v, started, ended, outcomes);
    }

    static boolean lasted13Weeks(JobFact j, LocalDate asOf) {
        LocalDate end = j.endDate() != null ? j.endDate() : asOf;
        return ChronoUnit.DAYS.between(j.startDate(), end) >= DAYS_13_WEEKS;
    }

    private static boolean within(LocalDate d, LocalDate from, LocalDate to) {
        return d != null && !d.isBefore(from) && !d.isAfter(to);
    }

    static Double median(List<Long> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Long> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }
}
