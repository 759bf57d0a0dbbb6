package fi.taitoura.workplace;

import static fi.taitoura.workplace.WorkplaceTestData.requirements;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.taitoura.AbstractIntegrationTest;
import fi.taitoura.base.BusinessRuleException;
import fi.taitoura.base.ConcurrentEditException;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The PAIKKO mapping rule, flagged mappings and the coverage matrix. */
class TaskLibraryServiceTest extends AbstractIntegrationTest {

    @Autowired
    TaskLibraryService tasks;
    @Autowired
    RecognitionService recognitions;
    @Autowired
    CatalogueFixture catalogue;
    @Autowired
    WorkplaceTestData data;

    WorkplaceTestData.Setup s;
    CatalogueFixture.Qual q;
    Long r1;
    Long r2;
    Long r3;
    Long rejected;

    @BeforeEach
    void setUp() {
        s = data.create("Vöyri");
        q = catalogue.standard();
        r1 = q.unit(0).requirementIds().get(0);
        r2 = q.unit(0).requirementIds().get(1);
        r3 = q.unit(1).requirementIds().get(0);
        rejected = q.unit(1).requirementIds().get(1);
    }

    /** Approves r1, r2, r3; rejects {@code rejected}. */
    private void approve() {
        runAs(s.coach().getUsername());
        EnvironmentRecognition r = recognitions.start(s.unit().getId());
        r = recognitions.save(new RecognitionDraft(r.getId(), r.getVersion(), null, s.teacher().getId(),
                Set.of(q.id()), requirements(r1, r2, r3, rejected)));
        r = recognitions.submit(r.getId(), r.getVersion());
        runAs(s.teacher().getUsername());
        Long rejectedItem = recognitions.load(r.getId()).recognition().getItems().stream()
                .filter(i -> i.ref().equals(ItemRef.requirement(rejected))).findFirst().orElseThrow().getId();
        recognitions.approve(r.getId(), r.getVersion(),
                Map.of(rejectedItem, new ItemDecision(ReviewStatus.REJECTED, "Ei tehdä täällä")), null, null);
        runAs(s.coach().getUsername());
    }

    private TaskDraft task(String name, Set<Long> requirementIds) {
        return new TaskDraft(null, 0, s.unit().getId(), name, "Kuvaus", TaskDifficulty.PARTLY_INDEPENDENT,
                "moppi, siivouskärry", "Käytä suojakäsineitä", Set.of("Työturvallisuuskortti"), true, requirementIds);
    }

    @Test
    void withoutAnApprovedRecognitionNoRequirementCanBeMapped() {
        runAs(s.coach().getUsername());
        assertThatThrownBy(() -> tasks.save(task("Ikkunanpesu", Set.of(r1))))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("task.error.noApprovedRecognition");
        // a task without mappings is fine
        TrainingTask t = tasks.save(task("Ikkunanpesu", Set.of()));
        assertThat(t.getId()).isNotNull();
        assertThat(t.getRequiredCards()).containsExactly("Työturvallisuuskortti");
    }

    @Test
    void onlyRecognisedRequirementsCanBeMappedAndTheReasonIsGiven() {
        approve();
        TrainingTask t = tasks.save(task("Toimistotilan ylläpitosiivous", Set.of(r1, r2)));
        assertThat(t.getRequirementIds()).containsExactlyInAnyOrder(r1, r2);
        long v = t.getVersion();
        // a requirement the reviewer rejected
        assertThatThrownBy(() -> tasks.save(new TaskDraft(t.getId(), v, s.unit().getId(), t.getName(), null,
                TaskDifficulty.BASIC, null, null, Set.of(), true, Set.of(r1, rejected))))
                .isInstanceOf(BusinessRuleException.class)
                .satisfies(e -> {
                    BusinessRuleException b = (BusinessRuleException) e;
                    assertThat(b.getMessageKey()).isEqualTo("task.error.notRecognised");
                    assertThat(b.getParams()).containsExactly("huolehtia työturvallisuudesta ja ergonomiasta");
                });
        // a requirement of another qualification altogether
        Long foreign = catalogue.standard().unit(0).requirementIds().get(0);
        assertThatThrownBy(() -> tasks.save(task("Roskien vienti", Set.of(foreign))))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("task.error.notRecognised");
        // nothing was changed by the refused saves
        assertThat(tasks.findTaskSummaries(s.unit().getId())).singleElement()
                .satisfies(ts -> assertThat(ts.requirementIds()).containsExactlyInAnyOrder(r1, r2));
    }

    @Test
    void onlyTheUnitsEditorsManageTasksAndAStaleEditConflicts() {
        approve();
        TrainingTask t = tasks.save(task("Lehtien haravointi", Set.of(r1)));
        runAs(s.otherCoach().getUsername());
        assertThatThrownBy(() -> tasks.findTasks(s.unit().getId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> tasks.save(task("Ruohonleikkuu", Set.of()))).isInstanceOf(AccessDeniedException.class);
        runAs(s.coach().getUsername());
        TrainingTask renamed = tasks.save(new TaskDraft(t.getId(), t.getVersion(), s.unit().getId(),
                "Lehtien haravointi ja puhallus", null, TaskDifficulty.BASIC, null, null, Set.of(), true, Set.of(r1)));
        assertThat(renamed.getVersion()).isGreaterThan(t.getVersion());
        assertThatThrownBy(() -> tasks.save(new TaskDraft(t.getId(), t.getVersion(), s.unit().getId(),
                "Toisen muutos", null, TaskDifficulty.BASIC, null, null, Set.of(), true, Set.of(r1))))
                .isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> tasks.save(task("lehtien HARAVOINTI ja puhallus", Set.of())))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("task.error.nameTaken");
    }

    @Test
    void coverageShowsWhichTasksTrainWhichRequirementsAndWhatNoTaskTrains() {
        approve();
        TrainingTask a = tasks.save(task("Lounaan linjastotyö", Set.of(r1, r2)));
        TrainingTask b = tasks.save(task("Astiahuolto", Set.of(r2)));
        TrainingTask inactive = tasks.save(new TaskDraft(null, 0, s.unit().getId(), "Vanha tehtävä", null,
                TaskDifficulty.BASIC, null, null, Set.of(), false, Set.of(r3)));
        Coverage c = tasks.coverage(s.unit().getId());
        assertThat(c.requirements()).extracting(RecognisedRequirement::id).containsExactly(r1, r2, r3);
        assertThat(c.tasks()).extracting(TaskSummary::id).containsExactlyInAnyOrder(a.getId(), b.getId())
                .doesNotContain(inactive.getId());
        assertThat(c.tasksTraining(r1)).containsExactly(a.getId());
        assertThat(c.tasksTraining(r2)).containsExactlyInAnyOrder(a.getId(), b.getId());
        assertThat(c.trains(b.getId(), r1)).isFalse();
        assertThat(c.uncovered()).extracting(RecognisedRequirement::id).containsExactly(r3);
        assertThat(c.coveredCount()).isEqualTo(2);
        assertThat(c.requirements().getFirst().unitCode()).isEqualTo(q.unit(0).code());
    }

    @Test
    void aFlaggedMappingCanBeKeptOrRemovedButNotAdded() {
        approve();
        TrainingTask t = tasks.save(task("Kalusteiden siirto", Set.of(r1, r3)));
        // revise without r3
        EnvironmentRecognition inForce = recognitions.findInForce(s.unit().getId()).orElseThrow();
        EnvironmentRecognition v2 = recognitions.revise(inForce.getId());
        v2 = recognitions.save(new RecognitionDraft(v2.getId(), v2.getVersion(), null, s.teacher().getId(),
                Set.of(q.id()), requirements(r1, r2)));
        v2 = recognitions.submit(v2.getId(), v2.getVersion());
        runAs(s.teacher().getUsername());
        recognitions.approve(v2.getId(), v2.getVersion(), Map.of(), null, null);
        runAs(s.coach().getUsername());

        TrainingTask flagged = tasks.findTasks(s.unit().getId()).stream().filter(x -> x.getId().equals(t.getId()))
                .findFirst().orElseThrow();
        assertThat(flagged.getRequirements()).filteredOn(TaskRequirement::isFlagged)
                .extracting(TaskRequirement::getRequirementId).containsExactly(r3);
        assertThat(tasks.coverage(s.unit().getId()).tasksTraining(r3)).isEmpty();
        // keeping the flagged mapping while editing the task is allowed
        TrainingTask kept = tasks.save(new TaskDraft(t.getId(), flagged.getVersion(), s.unit().getId(),
                "Kalusteiden siirto", "Muokattu", TaskDifficulty.DEMANDING, null, null, Set.of(), true,
                Set.of(r1, r2, r3)));
        assertThat(kept.getRequirementIds()).containsExactlyInAnyOrder(r1, r2, r3);
        // another task may not take the unrecognised requirement
        assertThatThrownBy(() -> tasks.save(task("Muuttolaatikot", Set.of(r3))))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("task.error.notRecognised");
        // removing it
        TrainingTask removed = tasks.save(new TaskDraft(t.getId(), kept.getVersion(), s.unit().getId(),
                "Kalusteiden siirto", "Muokattu", TaskDifficulty.DEMANDING, null, null, Set.of(), true,
                Set.of(r1, r2)));
        assertThat(removed.getRequirementIds()).containsExactlyInAnyOrder(r1, r2);
        assertThat(tasks.findTaskSummaries(s.unit().getId())).singleElement()
                .satisfies(ts -> assertThat(ts.flaggedRequirementIds()).isEmpty());
    }
}
