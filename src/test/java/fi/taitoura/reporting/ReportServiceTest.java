package fi.taitoura.reporting;

import fi.taitoura.base.time.Time;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.taitoura.AbstractIntegrationTest;
import fi.taitoura.outcome.FollowUpState;
import fi.taitoura.employment.Outcome;
import fi.taitoura.reporting.FollowUpReport.EnvironmentRow;
import fi.taitoura.reporting.FollowUpReport.FunderRow;
import fi.taitoura.reporting.FollowUpReport.OutcomeRow;
import fi.taitoura.reporting.FollowUpReport.RowKind;
import fi.taitoura.trainee.PeriodStatus;
import fi.taitoura.trainee.ServiceForm;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** The follow-up table against the hand-computed data set of {@link ReportFixture}. */
class ReportServiceTest extends AbstractIntegrationTest {

    @Autowired
    ReportFixture fixture;
    @Autowired
    ReportService reports;
    @Autowired
    JdbcTemplate jdbc;

    private static ReportFixture.Data data;

    @BeforeEach
    void createData() {
        if (data == null) {
            data = fixture.create();
        }
    }

    private ReportQuery all() {
        return new ReportQuery(data.organisation().getId(), null, null, ReportFixture.FROM, ReportFixture.TO);
    }

    private static EnvironmentRow row(FollowUpReport r, RowKind kind, Long unit, Long coach) {
        return r.environments().stream().filter(e -> e.kind() == kind && java.util.Objects.equals(e.unitId(), unit)
                && java.util.Objects.equals(e.coachId(), coach)).findFirst().orElseThrow(() ->
                new AssertionError("no row " + kind + " " + unit + " " + coach + " in " + r.environments()));
    }

    @Test
    void trainingEnvironmentsPerUnitAndCoachMatchTheHandComputedFigures() {
        runAs(data.teamLead().getUsername());
        FollowUpReport r = reports.followUpReport(all());
        Long u1 = data.u1().getId();
        Long u2 = data.u2().getId();
        Long a = data.coachA().getId();
        Long b = data.coachB().getId();
        assertThat(r.asOf()).isEqualTo(ReportFixture.TO);

        EnvironmentRow u1a = row(r, RowKind.COACH, u1, a);
        assertThat(u1a.activeTrainees()).isEqualTo(3);      // P2, P3, P4
        assertThat(u1a.capacity()).isEqualTo(2);
        assertThat(u1a.overCapacity()).isTrue();
        assertThat(u1a.started()).isEqualTo(3);             // P1, P3, P4 (P2 began in 2024)
        assertThat(u1a.ended()).isEqualTo(1);               // P1
        assertThat(u1a.presentDays()).isEqualTo(4);
        assertThat(u1a.recordedDays()).isEqualTo(5);        // the 2024 absence is outside the range
        assertThat(u1a.attendanceRate()).isEqualTo(0.8);
        assertThat(u1a.requirementsShown()).isEqualTo(3);   // P1: r1, r2 (r1 twice); P2: r1
        assertThat(u1a.demonstrationsAssessed()).isEqualTo(3); // draft and 2024 left out
        assertThat(u1a.demonstrationsPassed()).isEqualTo(1);   // the superseded pass does not count
        assertThat(u1a.unitsPassed()).isEqualTo(1);
        assertThat(u1a.certificates()).isEqualTo(2);        // P1, P3 (current only)
        assertThat(u1a.certificateUnits()).isEqualTo(3);    // P1: Q1, Q2; P3: Q2
        assertThat(u1a.outcomesRecorded()).isEqualTo(1);
        assertThat(u1a.toWorkOrEducation()).isEqualTo(1);
        assertThat(u1a.followUpConsent()).isEqualTo(1);
        assertThat(u1a.status3mRecorded()).isEqualTo(1);
        assertThat(u1a.toWorkOrEducation3m()).isEqualTo(1);

        EnvironmentRow u1b = row(r, RowKind.COACH, u1, b);
        assertThat(u1b.activeTrainees()).isEqualTo(1);      // P2
        assertThat(u1b.overCapacity()).isFalse();
        assertThat(u1b.presentDays()).isEqualTo(2);
        assertThat(u1b.recordedDays()).isEqualTo(2);
        assertThat(u1b.requirementsShown()).isEqualTo(1);
        assertThat(u1b.certificates()).isZero();

        EnvironmentRow unit1 = row(r, RowKind.UNIT, u1, null);
        assertThat(unit1.activeTrainees()).isEqualTo(3);    // P2 counted once though it has two coaches
        assertThat(unit1.capacity()).isEqualTo(4);          // two coaches assigned x 2
        assertThat(unit1.overCapacity()).isFalse();
        assertThat(unit1.presentDays()).isEqualTo(4);
        assertThat(unit1.recordedDays()).isEqualTo(5);
        assertThat(unit1.requirementsShown()).isEqualTo(3);

        EnvironmentRow u2b = row(r, RowKind.COACH, u2, b);
        assertThat(u2b.activeTrainees()).isZero();
        assertThat(u2b.started()).isEqualTo(1);             // P5; P7 is outside the range
        assertThat(u2b.ended()).isEqualTo(1);
        assertThat(u2b.interrupted()).isEqualTo(1);
        assertThat(u2b.certificates()).isZero();            // withdrawn
        EnvironmentRow u2none = row(r, RowKind.COACH, u2, 0L);
        assertThat(u2none.coachName()).isNull();
        assertThat(u2none.started()).isEqualTo(1);          // P6
        assertThat(u2none.outcomesRecorded()).isZero();

        EnvironmentRow total = row(r, RowKind.TOTAL, null, null);
        assertThat(total.activeTrainees()).isEqualTo(3);
        assertThat(total.started()).isEqualTo(5);
        assertThat(total.ended()).isEqualTo(3);
        assertThat(total.certificates()).isEqualTo(2);
        assertThat(r.environments().getLast().kind()).isEqualTo(RowKind.TOTAL);
    }

    @Test
    void outcomesAndFunderCountsOfThePeriodsEndedInTheRange() {
        runAs(data.teamLead().getUsername());
        FollowUpReport r = reports.followUpReport(all());
        assertThat(r.outcomes()).contains(new OutcomeRow(Outcome.EMPLOYMENT, 1, 0),
                new OutcomeRow(Outcome.EDUCATION, 0, 1), new OutcomeRow(Outcome.INTERRUPTED, 1, 0),
                new OutcomeRow(null, 1, 0));
        assertThat(r.followUpStates().get(FollowUpState.DONE)).isEqualTo(1);
        assertThat(r.followUpStates().get(FollowUpState.NONE)).isEqualTo(1);

        FunderRow rehab = r.funder().stream().filter(f -> f.status() == PeriodStatus.REHABILITATIVE_WORK_ACTIVITY
                && f.serviceForm() == ServiceForm.WORK_AND_EDUCATION).findFirst().orElseThrow();
        assertThat(rehab.startedPeople()).isEqualTo(4);     // P1, P3, P4, P6
        assertThat(rehab.endedPeople()).isEqualTo(2);       // P1, P6
        assertThat(rehab.outcomes()).containsEntry(Outcome.EMPLOYMENT, 1L);
        assertThat(rehab.outcomeMissing()).isEqualTo(1);
        FunderRow trial = r.funder().stream().filter(f -> f.status() == PeriodStatus.WORK_TRIAL).findFirst()
                .orElseThrow();
        assertThat(trial.startedPeople()).isEqualTo(1);
        assertThat(trial.outcomes()).containsEntry(Outcome.INTERRUPTED, 1L);
        FunderRow total = r.funder().getLast();
        assertThat(total.status()).isNull();
        assertThat(total.startedPeople()).isEqualTo(5);
        assertThat(total.endedPeople()).isEqualTo(3);
        assertThat(total.endedPeriods()).isEqualTo(3);
    }

    @Test
    void aCoachFilterKeepsOnlyThatCoachsPeriods() {
        runAs(data.teamLead().getUsername());
        FollowUpReport r = reports.followUpReport(new ReportQuery(null, data.u1().getId(), data.coachB().getId(),
                ReportFixture.FROM, ReportFixture.TO));
        EnvironmentRow total = row(r, RowKind.TOTAL, null, null);
        assertThat(total.activeTrainees()).isEqualTo(1);
        assertThat(total.started()).isZero();
        assertThat(total.presentDays()).isEqualTo(2);
        assertThat(r.environments()).noneMatch(e -> data.coachA().getId().equals(e.coachId()));
    }

    @Test
    void aTeamLeadOfAnotherOrganisationIsRefusedAndSeesNoneOfItsFigures() {
        runAs(data.otherTeamLead().getUsername());
        assertThatThrownBy(() -> reports.followUpReport(all())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reports.followUpReport(new ReportQuery(null, data.u1().getId(), null,
                ReportFixture.FROM, ReportFixture.TO))).isInstanceOf(AccessDeniedException.class);
        FollowUpReport own = reports.followUpReport(new ReportQuery(null, null, null, ReportFixture.FROM,
                ReportFixture.TO));
        assertThat(own.environments()).allMatch(e -> e.unitId() == null);
        assertThat(own.environments().getFirst().started()).isZero();
    }

    @Test
    void coachesAndCaseWorkersCannotOpenTheReports() {
        runAs(data.coachA().getUsername());
        assertThatThrownBy(() -> reports.followUpReport(all())).isInstanceOf(AccessDeniedException.class);
        runAs("asiakasvastaava");
        assertThatThrownBy(() -> reports.exportXlsx(all(), Locale.of("fi")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void viewsAndExportsAreAuditedWithTheFilterOnly() {
        runAs(data.teamLead().getUsername());
        long before = jdbc.queryForObject("select count(*) from audit_log where entity_type = 'FollowUpReport'",
                Long.class);
        reports.followUpReport(all());
        reports.exportXlsx(all(), Locale.of("fi"));
        reports.exportCsv(all(), ReportExports.Section.FUNDER, Locale.of("fi"));
        List<String> details = jdbc.queryForList("select concat(action, ' ', details) from audit_log "
                + "where entity_type = 'FollowUpReport' order by id desc limit 3", String.class);
        assertThat(jdbc.queryForObject("select count(*) from audit_log where entity_type = 'FollowUpReport'",
                Long.class)).isEqualTo(before + 3);
        assertThat(details.get(0)).startsWith("EXPORT format=csv;section=FUNDER;org=" + data.organisation().getId());
        assertThat(details.get(1)).startsWith("EXPORT format=xlsx;org=");
        assertThat(details.get(2)).isEqualTo("READ org=" + data.organisation().getId()
                + ";from=2025-01-01;to=2025-12-31");
        assertThat(String.join(" ", details)).doesNotContain("Raportti").doesNotContain("Aalto");
    }

    @Test
    void theXlsxHasRealNumbersAndDatesAndReadsBack() throws Exception {
        runAs(data.teamLead().getUsername());
        byte[] bytes = reports.exportXlsx(all(), Locale.of("fi"));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(4);
            Sheet info = wb.getSheetAt(0);
            Row fromRow = info.getRow(2);
            assertThat(fromRow.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(fromRow.getCell(1))).isTrue();
            assertThat(fromRow.getCell(1).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(ReportFixture.FROM);

            Sheet env = wb.getSheet("Valmennusympäristöt");
            assertThat(env.getRow(0).getCell(3).getStringCellValue()).isEqualTo("Aktiiviset");
            Row coachA = null;
            for (Row row : env) {
                if (row.getCell(1) != null && row.getCell(1).getStringCellValue().equals(data.coachA().getFullName())) {
                    coachA = row;
                }
            }
            assertThat(coachA).isNotNull();
            assertThat(coachA.getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(coachA.getCell(3).getNumericCellValue()).isEqualTo(3.0);
            assertThat(coachA.getCell(4).getStringCellValue()).isEqualTo("Mitoitus ylittyy");
            assertThat(coachA.getCell(7).getNumericCellValue()).isEqualTo(0.8);
            assertThat(coachA.getCell(7).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            Row total = env.getRow(env.getLastRowNum());
            assertThat(total.getCell(0).getStringCellValue()).isEqualTo("Yhteensä");
            assertThat(total.getCell(5).getNumericCellValue()).isEqualTo(5.0);
            assertThat(wb.getSheet("Rahoittajalle").getRow(0).getCell(2).getStringCellValue())
                    .isEqualTo("Aloittaneet henkilöt");
        }
    }

    @Test
    void theCsvIsSemicolonSeparatedUtf8WithTheSameColumns() throws Exception {
        runAs(data.teamLead().getUsername());
        byte[] bytes = reports.exportCsv(all(), ReportExports.Section.ENVIRONMENTS, Locale.of("fi"));
        assertThat(bytes[0]).isEqualTo((byte) 0xEF);
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        List<CSVRecord> records = CSVFormat.EXCEL.builder().setDelimiter(';').get()
                .parse(new java.io.StringReader(text)).getRecords();
        assertThat(records.get(0).get(0)).isEqualTo("Työyksikkö");
        CSVRecord a = records.stream().filter(rec -> rec.get(1).equals(data.coachA().getFullName())).findFirst()
                .orElseThrow();
        assertThat(a.get(3)).isEqualTo("3");
        assertThat(a.get(7)).isEqualTo("0,8");
        assertThat(records.getLast().get(0)).isEqualTo("Yhteensä");
        assertThat(records.getLast().get(5)).isEqualTo("5");
    }

    @Test
    void aRangeIsRequiredAndInOrder() {
        runAs(data.teamLead().getUsername());
        assertThatThrownBy(() -> reports.followUpReport(new ReportQuery(null, null, null, ReportFixture.TO,
                ReportFixture.FROM))).isInstanceOf(fi.taitoura.base.BusinessRuleException.class);
        assertThatThrownBy(() -> reports.followUpReport(new ReportQuery(null, null, null, null,
                Time.today()))).isInstanceOf(fi.taitoura.base.BusinessRuleException.class);
    }
}
