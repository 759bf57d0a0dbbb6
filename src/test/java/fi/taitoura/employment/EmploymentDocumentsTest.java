package fi.taitoura.employment;

import static fi.taitoura.employment.EmploymentTestSupport.auditMarker;
import static fi.taitoura.employment.EmploymentTestSupport.auditSince;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.taitoura.AbstractIntegrationTest;
import fi.taitoura.PdfText;
import fi.taitoura.employment.EmploymentRecords.CaseDetail;
import fi.taitoura.employment.EmploymentRecords.FormRef;
import java.io.ByteArrayInputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Every form of the set as a PDF in Finnish, Swedish and English (kept under target/pdfs to look at), form B of an
 * employer contact, and the per-client summary as PDF and xlsx with real dates and numbers.
 */
class EmploymentDocumentsTest extends AbstractIntegrationTest {

    private static final Map<String, Map<FormKind, String>> TITLES = Map.of(
            "fi", Map.of(FormKind.REFERRAL, "Lähete työhönvalmennukseen", FormKind.AGREEMENT, "Yhteistyösopimus",
                    FormKind.PROFILE, "Ammatillinen profiili", FormKind.JOB_SEARCH_PLAN, "Työnhakusuunnitelma",
                    FormKind.SUPPORT_PLAN, "Suunnitelma työsuhteen aikaisesta tuesta",
                    FormKind.STUDY_PLAN, "Opintoihin liittyvä suunnitelma",
                    FormKind.CLOSURE, "Työhönvalmennuksen jälkeen"),
            "sv", Map.of(FormKind.REFERRAL, "Remiss till jobbcoachning", FormKind.AGREEMENT, "Samarbetsavtal",
                    FormKind.PROFILE, "Yrkesprofil", FormKind.JOB_SEARCH_PLAN, "Jobbsökningsplan",
                    FormKind.SUPPORT_PLAN, "Plan för stöd under anställningen", FormKind.STUDY_PLAN, "Plan för studier",
                    FormKind.CLOSURE, "Efter jobbcoachningen"),
            "en", Map.of(FormKind.REFERRAL, "Referral to supported employment", FormKind.AGREEMENT,
                    "Cooperation agreement", FormKind.PROFILE, "Vocational profile", FormKind.JOB_SEARCH_PLAN,
                    "Job-search plan", FormKind.SUPPORT_PLAN, "In-work support plan", FormKind.STUDY_PLAN,
                    "Study plan", FormKind.CLOSURE, "After supported employment"));

    @Autowired
    EmploymentService service;
    @Autowired
    EmploymentDocuments documents;
    @Autowired
    EmployerService employers;
    @Autowired
    JdbcTemplate jdbc;

    private CaseDetail demoCase(String name) {
        Long id = service.caseload(true).stream().filter(r -> r.clientName().equals(name)).findFirst().orElseThrow()
                .id();
        return service.detail(id);
    }

    @Test
    void everyFormPrintsInFinnishSwedishAndEnglish() {
        runAs("tyohonvalmentaja");
        Set<FormKind> printed = new HashSet<>();
        long marker = auditMarker(jdbc);
        for (String name : List.of("Heidi Nurmi", "Onni Vainio")) {
            CaseDetail c = demoCase(name);
            for (FormRef f : c.forms().stream().filter(FormRef::current).toList()) {
                for (String lang : List.of("fi", "sv", "en")) {
                    byte[] pdf = documents.formPdf(c.id(), f.id(), Locale.of(lang));
                    String text = PdfText.of(PdfText.save("employment-" + f.kind() + "-" + lang, pdf));
                    assertThat(text).as(f.kind() + " " + lang).contains(TITLES.get(lang).get(f.kind()), name)
                            .doesNotContain("!employment.", "!enum.");
                    if (lang.equals("sv")) {
                        fi.taitoura.PdfA.assertPdfA2b(pdf);
                    }
                }
                printed.add(f.kind());
            }
        }
        assertThat(printed).containsExactlyInAnyOrder(FormKind.values());
        String agreement = PdfText.of(documents.formPdf(demoCase("Heidi Nurmi").id(), demoCase("Heidi Nurmi").forms()
                .stream().filter(f -> f.kind() == FormKind.AGREEMENT).findFirst().orElseThrow().id(), Locale.of("fi")));
        assertThat(agreement).contains("Etuusneuvonta on osa työhönvalmennusta", "Kela");
        assertThat(auditSince(jdbc, marker)).anyMatch(e -> "EXPORT".equals(e.get("action"))
                && "EmploymentForm".equals(e.get("entity_type")) && e.get("trainee_id") != null);
    }

    @Test
    void jobsContactsAndTheClientSummaryPrint() throws Exception {
        runAs("tyohonvalmentaja");
        CaseDetail kimmo = demoCase("Kimmo Laine");
        var ended = kimmo.jobs().stream().filter(EmploymentRecords.JobView::ended).findFirst().orElseThrow();
        for (String lang : List.of("fi", "sv", "en")) {
            PdfText.save("employment-C-" + lang, documents.jobStartPdf(kimmo.id(), ended.id(), Locale.of(lang)));
            PdfText.save("employment-D-" + lang, documents.jobEndPdf(kimmo.id(), ended.id(), Locale.of(lang)));
        }
        assertThat(PdfText.of(documents.jobStartPdf(kimmo.id(), ended.id(), Locale.of("fi"))))
                .contains("Lomake C. Työsuhteen aloittaminen", "Ravintola Kulmakeittiö", "Kokin apulainen", "24");
        assertThat(PdfText.of(documents.jobEndPdf(kimmo.id(), ended.id(), Locale.of("sv"))))
                .contains("Blankett D. Anställningens upphörande", "Visstiden gick ut");

        var contact = kimmo.contacts().get(0);
        String b = PdfText.of(PdfText.save("employment-B-fi", documents.contactPdf(contact.id(), Locale.of("fi"))));
        assertThat(b).contains("Lomake B. Työnantajatapaaminen", "Kimmo Laine", "Ravintola Kulmakeittiö");

        CaseDetail markus = demoCase("Markus Hiltunen");
        for (String lang : List.of("fi", "sv", "en")) {
            String text = PdfText.of(PdfText.save("employment-summary-" + lang,
                    documents.summaryPdf(markus.id(), Locale.of(lang))));
            assertThat(text).contains("Markus Hiltunen", "Logistiikka Oy").doesNotContain("!employment.", "!enum.");
        }
        byte[] xlsx = documents.summaryXlsx(markus.id(), Locale.of("fi"));
        java.nio.file.Files.write(java.nio.file.Path.of("target", "pdfs", "employment-summary.xlsx"), xlsx);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet jobs = wb.getSheetAt(0);
            Row row = jobs.getRow(3);
            assertThat(row.getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(row.getCell(0))).isTrue();
            assertThat(row.getCell(0).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(markus.jobs().get(0).startDate());
            assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(30.0);
            assertThat(row.getCell(5).getNumericCellValue()).isGreaterThanOrEqualTo(13);
            assertThat(row.getCell(7).getBooleanCellValue()).isFalse();
        }
    }

    @Test
    void anotherTeamCannotPrintTheForms() {
        runAs("tyohonvalmentaja");
        CaseDetail c = demoCase("Markus Hiltunen");
        runAs("tyohonvalmentaja2");
        assertThatThrownBy(() -> documents.formPdf(c.id(), c.forms().get(0).id(), Locale.of("fi")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> documents.summaryXlsx(c.id(), Locale.of("fi")))
                .isInstanceOf(AccessDeniedException.class);
    }
}
