package fi.taitoura.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fi.taitoura.employment.CaseVariant;
import fi.taitoura.employment.ContactKind;
import fi.taitoura.employment.ContractType;
import fi.taitoura.employment.EmploymentRecords.CaseFact;
import fi.taitoura.employment.EmploymentRecords.ContactFact;
import fi.taitoura.employment.EmploymentRecords.JobFact;
import fi.taitoura.employment.Outcome;
import fi.taitoura.employment.Phase;
import fi.taitoura.reporting.FollowUpReport.IpsFunderRow;
import fi.taitoura.reporting.FollowUpReport.IpsRow;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The IPS measures against hand-computed figures (range 1.1.–30.6.2025, as of 30.6.2025):
 * <pre>
 * coach 1: c1 referred 2024-12-01, agreed 01-10, first contact 01-20 (10 d), job j1 20 h from 02-10, open (140 d)
 *          c2 referred 02-01, agreed 02-05, first contact 03-07 (30 d), job j2 of 3 h a week from 03-01: no job start
 *          c3 referred 03-01, agreed 03-03, first contact 03-10 (7 d), job j3 10 h 04-01..07-01 (91 d: 13 weeks)
 *          c4 referred 01-05, agreed 01-06, closed 05-31 EDUCATION, job j4 25 h 02-01..04-30 (88 d)
 *          12 employer contacts in the range, 1 before it
 * coach 2: c5 referred 2024-06-01, closed 2024-12-31 (before the range); c6 referred 06-15, not agreed;
 *          3 employer contacts
 * </pre>
 */
class IpsMeasuresTest {

    static final LocalDate FROM = LocalDate.of(2025, 1, 1);
    static final LocalDate TO = LocalDate.of(2025, 6, 30);

    private static LocalDate d(String s) {
        return s == null ? null : LocalDate.parse(s);
    }

    private static CaseFact c(long id, long coach, String referred, String agreed, String closed, Outcome outcome,
                              String contact, String firstJob) {
        return new CaseFact(id, 1L, coach, Phase.JOB_SEARCH, CaseVariant.ADULT, d(referred), d(agreed), d(closed),
                outcome, d(contact), d(firstJob));
    }

    private static JobFact j(long id, long caseId, long coach, String start, String end, String hours) {
        return new JobFact(id, caseId, 1L, coach, 1L, d(start), d(end), new BigDecimal(hours), false,
                ContractType.PERMANENT);
    }

    static final List<CaseFact> CASES = List.of(
            c(1, 1, "2024-12-01", "2025-01-10", null, null, "2025-01-20", "2025-02-10"),
            c(2, 1, "2025-02-01", "2025-02-05", null, null, "2025-03-07", null),
            c(3, 1, "2025-03-01", "2025-03-03", null, null, "2025-03-10", "2025-04-01"),
            c(4, 1, "2025-01-05", "2025-01-06", "2025-05-31", Outcome.EDUCATION, null, "2025-02-01"),
            c(5, 2, "2024-06-01", "2024-06-10", "2024-12-31", Outcome.OTHER, null, null),
            c(6, 2, "2025-06-15", null, null, null, null, null));
    static final List<JobFact> JOBS = List.of(
            j(1, 1, 1, "2025-02-10", null, "20"),
            j(2, 2, 1, "2025-03-01", null, "3"),
            j(3, 3, 1, "2025-04-01", "2025-07-01", "10"),
            j(4, 4, 1, "2025-02-01", "2025-04-30", "25"));

    static List<ContactFact> contacts() {
        List<ContactFact> list = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            list.add(new ContactFact((long) i, 1L, 1L, 1L, FROM.plusDays(7L * i), true, ContactKind.FIRST, 1));
        }
        list.add(new ContactFact(100L, 1L, 1L, 1L, d("2024-12-15"), true, ContactKind.FIRST, 1));
        for (int i = 0; i < 3; i++) {
            list.add(new ContactFact(200L + i, 1L, 2L, 2L, FROM.plusDays(30L * i), false, ContactKind.FOLLOW_UP, 0));
        }
        return list;
    }

    private static List<IpsRow> rows() {
        return IpsMeasures.rows("Tiimi", CASES, JOBS, contacts(), FROM, TO, TO, id -> "Valmentaja " + id, null);
    }

    @Test
    void aCoachsMeasuresMatchTheHandComputedFigures() {
        IpsRow one = rows().stream().filter(r -> Long.valueOf(1).equals(r.coachId())).findFirst().orElseThrow();
        assertThat(one.caseload()).isEqualTo(3);           // c1, c2, c3 (c4 closed)
        assertThat(one.referrals()).isEqualTo(3);          // c2, c3, c4
        assertThat(one.firstJobStarts()).isEqualTo(3);     // c1, c3, c4
        assertThat(one.jobStarts()).as("a job of 3 hours a week is not a job start").isEqualTo(3);
        assertThat(one.jobs13Weeks()).as("91 days is 13 weeks, 88 is not").isEqualTo(2);
        assertThat(one.servedOutOfWork()).isEqualTo(4);
        assertThat(one.employed()).isEqualTo(3);
        assertThat(one.employmentRate()).isEqualTo(0.75);
        assertThat(one.medianDaysToContact()).isEqualTo(10.0); // 7, 10, 30
        assertThat(one.medianDaysToJob()).isEqualTo(29.0);     // 26, 29, 31
        assertThat(one.employerContacts()).isEqualTo(12);
        assertThat(one.contactsPerWeek()).isCloseTo(12 / (181 / 7.0), within(1e-9));
    }

    @Test
    void theTeamTotalCountsEveryCaseOnceAndContactsPerCoach() {
        List<IpsRow> rows = rows();
        assertThat(rows).extracting(IpsRow::coachName).containsExactly("Valmentaja 1", "Valmentaja 2", null);
        IpsRow two = rows.get(1);
        assertThat(two.caseload()).isEqualTo(1);
        assertThat(two.servedOutOfWork()).isEqualTo(1);
        assertThat(two.employmentRate()).isEqualTo(0.0);
        assertThat(two.medianDaysToContact()).isNull();
        IpsRow team = rows.getLast();
        assertThat(team.coachId()).isNull();
        assertThat(team.caseload()).isEqualTo(4);
        assertThat(team.referrals()).isEqualTo(4);
        assertThat(team.servedOutOfWork()).isEqualTo(5);
        assertThat(team.employmentRate()).isEqualTo(0.6);
        assertThat(team.contactsPerWeek()).isCloseTo(15 / (2 * 181 / 7.0), within(1e-9));
    }

    @Test
    void theFunderCountsCasesStartedAndEndedWithTheirOutcomes() {
        List<IpsFunderRow> funder = IpsMeasures.funder(CASES, FROM, TO);
        assertThat(funder).hasSize(2);
        IpsFunderRow total = funder.getLast();
        assertThat(total.variant()).isNull();
        assertThat(total.started()).isEqualTo(4);            // c2, c3, c4, c6
        assertThat(total.ended()).isEqualTo(1);              // c4
        assertThat(total.outcomes()).containsExactly(java.util.Map.entry(Outcome.EDUCATION, 1L));
    }

    @Test
    void aCoachFilterKeepsThatCoachsRowOnly() {
        List<IpsRow> rows = IpsMeasures.rows("Tiimi", CASES, JOBS, contacts(), FROM, TO, TO, id -> "V" + id, 2L);
        assertThat(rows).extracting(IpsRow::coachId).containsExactly(2L);
        assertThat(IpsMeasures.median(List.of(5L, 1L, 3L, 9L))).isEqualTo(4.0);
    }
}
