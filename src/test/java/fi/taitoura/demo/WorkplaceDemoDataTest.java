package fi.taitoura.demo;

import static org.assertj.core.api.Assertions.assertThat;

import fi.taitoura.AbstractIntegrationTest;
import fi.taitoura.workplace.*;
import fi.taitoura.demo.WorkplaceDemoData.TaskSpec;
import fi.taitoura.demo.WorkplaceDemoData.UnitPlan;
import fi.taitoura.demo.WorkplaceDemoData.UnitSpec;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** The demo contributor finds units by code and requirements by wording, and skips what the catalogue lacks. */
class WorkplaceDemoDataTest extends AbstractIntegrationTest {

    @Autowired
    WorkplaceDemoData demo;
    @Autowired
    RecognitionService recognitions;
    @Autowired
    TaskLibraryService tasks;
    @Autowired
    CatalogueFixture catalogue;
    @Autowired
    WorkplaceTestData data;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    fi.taitoura.user.UserService users;

    @Test
    void thePlansAreRealistic() {
        assertThat(WorkplaceDemoPlans.plans()).hasSize(4).allSatisfy(p -> {
            assertThat(p.tasks()).hasSizeBetween(8, 15);
            assertThat(p.units()).isNotEmpty();
        });
        assertThat(WorkplaceDemoPlans.plans()).flatExtracting(UnitPlan::tasks).extracting(TaskSpec::name)
                .contains("Toimistotilan ylläpitosiivous", "Lounaan linjastotyö", "Kierrätystavaran vastaanotto ja lajittelu",
                        "Kalusteiden siirto ja kantaminen", "Lehtien haravointi ja puhallus", "Astiahuolto ja astianpesukoneen käyttö");
    }

    @Test
    void aPlanBecomesAnApprovedRecognitionWithMappedTasks() {
        WorkplaceTestData.Setup s = data.create("Esimerkkilä");
        CatalogueFixture.Qual q = catalogue.standard();
        UnitPlan plan = new UnitPlan(s.unit().getName(), WorkUnitSector.CLEANING, "Katu 1", "12345", "Yhteys Henkilö",
                "040 1", 8, "Kuvaus", s.coach().getUsername(), "Siivousta",
                List.of(new UnitSpec(q.diaryNumber(), q.unit(0).code(), "Kodit",
                                List.of("suunnitella", "puhdistusaineita", "asiakaspalvelu"), "asiakaspalvelu",
                                "Ei asiakastyötä"),
                        new UnitSpec(q.diaryNumber(), q.unit(1).code(), "Toimistot", List.of()),
                        new UnitSpec("EI-OLE/011/2014", "000000", "Puuttuva", List.of("x"))),
                List.of(new TaskSpec("Ylläpitosiivous", TaskDifficulty.BASIC, null, null, null, Set.of(),
                                List.of("ylläpitosiivousta", "puhdistusaineita")),
                        new TaskSpec("Asiakkaan palvelu", TaskDifficulty.DEMANDING, null, null, null, Set.of(),
                                List.of("asiakaspalvelu")),
                        new TaskSpec("Muu", TaskDifficulty.BASIC, null, null, null, Set.of(), List.of("ei löydy"))));
        runAs("yllapitaja"); // as the demo loader: the platform administrator (the unit is of a test organisation)
        Boolean done = tx.execute(st -> demo.populate(s.unit(), plan));
        assertThat(done).isTrue();

        runAs(s.coach().getUsername());
        EnvironmentRecognition r = recognitions.findInForce(s.unit().getId()).orElseThrow();
        assertThat(r.getReviewerId()).isEqualTo(users.findByUsername(WorkplaceDemoData.REVIEWER).orElseThrow().getId());
        Set<Long> recognised = recognitions.findRecognisedRequirementIds(s.unit().getId());
        // unit 0: two matched, the rejected one out; unit 1: all requirements (no words given)
        assertThat(recognised).containsExactlyInAnyOrder(q.unit(0).requirementIds().get(0),
                q.unit(0).requirementIds().get(1), q.unit(1).requirementIds().get(0), q.unit(1).requirementIds().get(1));
        List<TaskSummary> summaries = tasks.findTaskSummaries(s.unit().getId());
        assertThat(summaries).hasSize(3);
        TaskSummary cleaning = summaries.stream().filter(t -> t.name().equals("Ylläpitosiivous")).findFirst().orElseThrow();
        assertThat(cleaning.requirementIds()).containsExactlyInAnyOrder(q.unit(0).requirementIds().get(1),
                q.unit(1).requirementIds().get(0));
        // the rejected requirement is not mapped; the task falls back to the first recognised requirement
        TaskSummary service = summaries.stream().filter(t -> t.name().equals("Asiakkaan palvelu")).findFirst().orElseThrow();
        assertThat(service.requirementIds()).doesNotContain(q.unit(0).requirementIds().get(2)).hasSize(1);
        assertThat(recognised).containsAll(summaries.stream().flatMap(t -> t.requirementIds().stream()).toList());
    }

    @Test
    void withoutTheCatalogueThePlanIsSkipped() {
        WorkplaceTestData.Setup s = data.create("Esimerkkilä");
        UnitPlan plan = new UnitPlan(s.unit().getName(), WorkUnitSector.OTHER, null, null, "X", null, 8, null,
                s.coach().getUsername(), null, List.of(new UnitSpec("EI-OLE", "000001", null, List.of())), List.of());
        runAs("yllapitaja"); // as the demo loader: the platform administrator (the unit is of a test organisation)
        Boolean done = tx.execute(st -> demo.populate(s.unit(), plan));
        assertThat(done).isFalse();
        assertThat(recognitions.findInForce(s.unit().getId())).isEmpty();
    }

    @Autowired
    WorkplaceService workplaces;
    @Autowired
    EnvironmentReportService reports;

    @Test
    void theDemoUnitsRestOnApprovedRecognitionsOfTheShippedCatalogue() throws Exception {
        runAs("tiiminvetaja");
        for (UnitPlan plan : WorkplaceDemoPlans.plans()) {
            WorkUnit unit = workplaces.findAllWorkUnits().stream().filter(w -> w.getName().equals(plan.workUnitName()))
                    .findFirst().orElseThrow();
            assertThat(unit.getSector()).isEqualTo(plan.sector());
            EnvironmentRecognition r = recognitions.findInForce(unit.getId()).orElseThrow(
                    () -> new AssertionError("no approved recognition for " + plan.workUnitName()));
            assertThat(r.getReviewerId()).isEqualTo(users.findByUsername("opettaja").orElseThrow().getId());
            Set<Long> recognised = recognitions.findRecognisedRequirementIds(unit.getId());
            assertThat(recognised).hasSizeGreaterThanOrEqualTo(5);
            List<TaskSummary> unitTasks = tasks.findTaskSummaries(unit.getId());
            assertThat(unitTasks).hasSize(plan.tasks().size()).allSatisfy(t -> {
                assertThat(t.requirementIds()).isNotEmpty();
                assertThat(recognised).containsAll(t.requirementIds());
            });
            // every planned unit of the shipped qualifications was found
            assertThat(reports.search(new EnvironmentFilter(null, null, null, null)).stream()
                    .filter(h -> h.workUnitId().equals(unit.getId())).findFirst().orElseThrow().units())
                    .extracting(EnvironmentHit.UnitLine::code)
                    .containsAll(plan.units().stream().map(UnitSpec::unitCode).toList());
        }
        // "where can unit 100449 Jätehuollon järjestäminen be shown?" – in three of the demo units
        assertThat(reports.search(new EnvironmentFilter("Esimerkkilä", null, null, "100449")))
                .extracting(EnvironmentHit::workUnitName).contains("Kiinteistö- ja ympäristöhuolto",
                        "Siivouspalvelut", "Kierrätyskeskus Kiertokaari");
        Long recycling = workplaces.findAllWorkUnits().stream()
                .filter(w -> w.getName().equals("Kierrätyskeskus Kiertokaari")).findFirst().orElseThrow().getId();
        byte[] pdf = reports.environmentReport(recognitions.findInForce(recycling).orElseThrow().getId(),
                java.util.Locale.of("fi"));
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "pdf"));
        java.nio.file.Files.write(java.nio.file.Path.of("target", "pdf", "demo-recycling-report.pdf"), pdf);
        org.openpdf.text.pdf.PdfReader reader = new org.openpdf.text.pdf.PdfReader(pdf);
        StringBuilder all = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            all.append(new org.openpdf.text.pdf.parser.PdfTextExtractor(reader).getTextFromPage(page));
        }
        String text = all.toString();
        assertThat(text).contains("Kierrätyskeskus Kiertokaari", "Esimerkkilän kaupunki", "Jätehuollon järjestäminen",
                "Outi Ojala");
        reader.close();
    }
}
