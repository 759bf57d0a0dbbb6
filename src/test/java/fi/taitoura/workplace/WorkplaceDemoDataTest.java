package fi.taitoura.workplace;

import static org.assertj.core.api.Assertions.assertThat;

import fi.taitoura.AbstractIntegrationTest;
import fi.taitoura.workplace.WorkplaceDemoData.TaskSpec;
import fi.taitoura.workplace.WorkplaceDemoData.UnitPlan;
import fi.taitoura.workplace.WorkplaceDemoData.UnitSpec;
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
        runAs("admin");
        Boolean done = tx.execute(st -> demo.populate(s.unit(), plan));
        assertThat(done).isTrue();

        runAs(s.coach().getUsername());
        EnvironmentRecognition r = recognitions.findInForce(s.unit().getId()).orElseThrow();
        assertThat(r.getReviewer().getUsername()).isEqualTo(WorkplaceDemoData.REVIEWER);
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
        runAs("admin");
        Boolean done = tx.execute(st -> demo.populate(s.unit(), plan));
        assertThat(done).isFalse();
        assertThat(recognitions.findInForce(s.unit().getId())).isEmpty();
    }
}
