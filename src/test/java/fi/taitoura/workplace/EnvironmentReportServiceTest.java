package fi.taitoura.workplace;

import fi.taitoura.base.time.Time;
import static fi.taitoura.workplace.WorkplaceTestData.requirements;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.taitoura.AbstractIntegrationTest;
import fi.taitoura.PdfA;
import fi.taitoura.base.BusinessRuleException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;

/** The environment report PDF and the search across approved environments. */
class EnvironmentReportServiceTest extends AbstractIntegrationTest {

    @Autowired
    EnvironmentReportService reports;
    @Autowired
    RecognitionService recognitions;
    @Autowired
    WorkplaceService workplaces;
    @Autowired
    CatalogueFixture catalogue;
    @Autowired
    WorkplaceTestData data;

    WorkplaceTestData.Setup s;
    CatalogueFixture.Qual q;
    EnvironmentRecognition approved;
    String municipality;

    @BeforeEach
    void setUp() {
        municipality = "Äänekoski-" + System.nanoTime();
        s = data.create(municipality);
        q = catalogue.qualification("Luonto- ja ympäristöalan perustutkinto",
                java.util.List.of("Jätehuollon järjestäminen", "Ympäristöhuollon palvelut"),
                java.util.List.of(java.util.List.of("lajitella jätteet ja hyötyaineet", "käsitellä vaarallisia jätteitä"),
                        java.util.List.of("huoltaa ympäristöä")));
        runAs(s.coach().getUsername());
        WorkUnit unit = workplaces.findVisibleWorkUnit(s.unit().getId()).orElseThrow();
        unit.setSector(WorkUnitSector.RECYCLING);
        unit.setStreetAddress("Kierrätyskuja 5");
        unit.setPostalCode("44100");
        unit.setPostOffice("Äänekoski");
        unit.setContactName("Åke Öhman");
        workplaces.saveWorkUnit(unit);
        EnvironmentRecognition r = recognitions.start(s.unit().getId());
        Map<ItemRef, String> items = requirements(q.unit(0).requirementIds().get(0), q.unit(0).requirementIds().get(1));
        items.put(ItemRef.unit(q.unit(0).id()), "Lajittelupiste ja hyötyjätteiden käsittely päivittäin");
        items.put(ItemRef.criterion(q.unit(0).t1CriterionIds().get(0)), null);
        r = recognitions.save(new RecognitionDraft(r.getId(), r.getVersion(), "Kierrätystavaran vastaanotto, "
                + "lajittelu ja myymälätyö.", s.teacher().getId(), Set.of(q.id()), items));
        r = recognitions.submit(r.getId(), r.getVersion());
        runAs(s.teacher().getUsername());
        Long hazardous = recognitions.load(r.getId()).recognition().getItems().stream()
                .filter(i -> i.ref().equals(ItemRef.requirement(q.unit(0).requirementIds().get(1)))).findFirst()
                .orElseThrow().getId();
        approved = recognitions.approve(r.getId(), r.getVersion(),
                Map.of(hazardous, new ItemDecision(ReviewStatus.REJECTED, "Vaarallisia jätteitä ei käsitellä")),
                LocalDate.of(2030, 5, 31), "Työ vastaa tutkinnon osan vaatimuksia hyvin.");
    }

    @Test
    void theReportShowsTheEnvironmentTheRecognisedUnitsAndRequirementsWithScandinavianLetters() throws Exception {
        runAs("valmentaja2"); // any signed-in user may print the public report
        byte[] pdf = reports.environmentReport(approved.getId(), Locale.of("fi"));
        PdfA.assertPdfA2b(pdf);
        Path dir = Path.of("target", "pdf");
        Files.createDirectories(dir);
        Path file = dir.resolve("environment-report.pdf");
        Files.write(file, pdf);

        PdfReader reader = new PdfReader(pdf);
        assertThat(reader.getNumberOfPages()).isEqualTo(1);
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        reader.close();
        assertThat(text).contains(s.unit().getName(), "Testikunta", municipality,
                "Kierrätyskuja 5, 44100 Äänekoski", "Åke Öhman", "Kiertotalous ja kierrätys",
                "Luonto- ja ympäristöalan perustutkinto", q.unit(0).code() + " Jätehuollon järjestäminen",
                "lajitella jätteet ja hyötyaineet", "Lajittelupiste ja hyötyjätteiden käsittely päivittäin",
                s.teacher().getFullName(), Time.today().format(DateTimeFormatter.ofPattern("d.M.yyyy")),
                "31.5.2030", "Työ vastaa tutkinnon osan vaatimuksia hyvin.", "sivu 1 / 1",
                "Lisäksi tunnistettu 1 T1-tason arviointikriteeriä");
        // the rejected requirement and the unit not ticked are not in the report
        assertThat(text).doesNotContain("käsitellä vaarallisia jätteitä", "Ympäristöhuollon palvelut");

        // the same through poppler, when installed: fonts embedded, ä/ö/å extractable
        if (Files.isExecutable(Path.of("/usr/bin/pdftotext"))) {
            Process p = new ProcessBuilder("pdftotext", "-layout", file.toString(), "-").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            p.waitFor(20, TimeUnit.SECONDS);
            assertThat(out).contains("Åke Öhman", "Jätehuollon järjestäminen", "sivu 1 / 1");
        }
    }

    @Test
    void aLongReportNumbersItsPages() throws Exception {
        runAs("admin");
        byte[] pdf = reports.environmentReport(approved.getId(), Locale.ENGLISH);
        PdfReader reader = new PdfReader(pdf);
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        reader.close();
        assertThat(text).contains("Environment report", "page 1 / 1", "Skill requirement");
    }

    @Test
    void onlyAnApprovedVersionHasAReport() {
        runAs(s.coach().getUsername());
        EnvironmentRecognition draft = recognitions.revise(approved.getId());
        assertThatThrownBy(() -> reports.environmentReport(draft.getId(), Locale.of("fi")))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("recognition.error.reportNotApproved");
    }

    @Test
    void searchFindsApprovedEnvironmentsByMunicipalityQualificationAndUnit() {
        runAs("opettaja");
        assertThat(reports.search(new EnvironmentFilter(municipality, null, null, null)))
                .singleElement().satisfies(h -> {
                    assertThat(h.workUnitId()).isEqualTo(s.unit().getId());
                    assertThat(h.reviewerName()).isEqualTo(s.teacher().getFullName());
                    assertThat(h.units()).extracting(EnvironmentHit.UnitLine::code).containsExactly(q.unit(0).code());
                    assertThat(h.units().getFirst().requirementCount()).isEqualTo(1);
                });
        assertThat(reports.municipalities()).contains(municipality);
        assertThat(reports.search(new EnvironmentFilter(null, null, q.id(), null)))
                .extracting(EnvironmentHit::workUnitId).containsExactly(s.unit().getId());
        assertThat(reports.search(new EnvironmentFilter(municipality, null, null, q.unit(0).code())))
                .singleElement().satisfies(h -> assertThat(h.units().getFirst().matched()).isTrue());
        assertThat(reports.search(new EnvironmentFilter(municipality, null, null, "JÄTEHUOLLON"))).hasSize(1);
        // the unit is in the qualification but was not recognised here
        assertThat(reports.search(new EnvironmentFilter(municipality, null, null, q.unit(1).code()))).isEmpty();
        assertThat(reports.search(new EnvironmentFilter(municipality, s.unit().getOrganisation().getId() + 99999,
                null, null))).isEmpty();
        assertThat(reports.search(new EnvironmentFilter("Ei-kunta", null, null, null))).isEmpty();
    }
}
