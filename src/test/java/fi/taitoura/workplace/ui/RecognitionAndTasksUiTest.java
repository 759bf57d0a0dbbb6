package fi.taitoura.workplace.ui;

import fi.taitoura.catalogue.CatalogueTree;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.treegrid.TreeGrid;
import fi.taitoura.AbstractUiTest;
import fi.taitoura.user.UserService;
import fi.taitoura.workplace.CatalogueFixture;
import fi.taitoura.catalogue.CatalogueTree.QualificationRef;
import fi.taitoura.workplace.EnvironmentRecognition;
import fi.taitoura.workplace.ItemRef;
import fi.taitoura.workplace.RecognisedRequirement;
import fi.taitoura.workplace.RecognitionService;
import fi.taitoura.workplace.RecognitionState;
import fi.taitoura.workplace.ReviewStatus;
import fi.taitoura.workplace.TaskLibraryService;
import fi.taitoura.workplace.TrainingTask;
import fi.taitoura.workplace.WorkplaceTestData;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The recognition editor and review, and the task library with its coverage matrix, through the views. */
class RecognitionAndTasksUiTest extends AbstractUiTest {

    @Autowired
    WorkplaceTestData data;
    @Autowired
    CatalogueFixture catalogue;
    @Autowired
    RecognitionService recognitions;
    @Autowired
    TaskLibraryService tasks;

    private static String text(Notification n) {
        return n.getElement().getProperty("text", "") + n.getElement().getTextRecursively();
    }

    /** Signs in as another user: Vaadin keeps the security context in the open session, so close it first. */
    private void relogin(String username) {
        com.github.mvysny.kaributesting.v10.MockVaadin.tearDown();
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
        login(username);
    }

    private static int rowOf(TreeGrid<RecognitionNode> tree, RecognitionNode.Kind kind, Long id) {
        List<RecognitionNode> rows = GridKt._fetch(tree, 0, GridKt._size(tree));
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).kind == kind && rows.get(i).id.equals(id)) {
                return i;
            }
        }
        throw new AssertionError("row " + kind + " " + id + " not shown");
    }

    @Test
    @SuppressWarnings("unchecked")
    void coachTicksRequirementsInTheTreeTeacherRejectsOneAndApprovesCoachMapsATask() {
        WorkplaceTestData.Setup s = data.create("Pietarsaari");
        CatalogueFixture.Qual q = catalogue.standard();
        Long req0 = q.unit(0).requirementIds().get(0);
        Long req1 = q.unit(0).requirementIds().get(1);
        Long req2 = q.unit(1).requirementIds().get(0);

        // --- the coach drafts
        login(s.coach().getUsername());
        UI.getCurrent().navigate("work-units/" + s.unit().getId() + "/recognition");
        _click(_get(Button.class, spec -> spec.withId("start-recognition")));
        MultiSelectComboBox<QualificationRef> quals = _get(MultiSelectComboBox.class, spec -> spec.withId("qualifications"));
        QualificationRef ref = recognitions.findQualifications().stream().filter(x -> x.id().equals(q.id()))
                .findFirst().orElseThrow();
        _setValue(quals, Set.of(ref));
        TreeGrid<RecognitionNode> tree = _get(TreeGrid.class, spec -> spec.withId("recognition-tree"));
        Span counts = _get(Span.class, spec -> spec.withId("recognition-counts"));
        assertThat(counts.getText()).contains("0 tutkinnon osaa", "0 ammattitaitovaatimusta");
        // search narrows the tree to the matching requirement and its unit
        _setValue(_get(TextField.class, spec -> spec.withId("recognition-filter")), "puhdistusaineita");
        assertThat(GridKt._fetch(tree, 0, GridKt._size(tree))).extracting(n -> n.kind)
                .containsExactly(RecognitionNode.Kind.QUALIFICATION, RecognitionNode.Kind.UNIT,
                        RecognitionNode.Kind.REQUIREMENT);
        Checkbox box = (Checkbox) GridKt._getCellComponent(tree, rowOf(tree, RecognitionNode.Kind.REQUIREMENT, req1),
                "included");
        _setValue(box, true);
        _setValue(_get(TextField.class, spec -> spec.withId("recognition-filter")), "");
        tree.expandRecursively(tree.getTreeData().getRootItems(), 4);
        _setValue((Checkbox) GridKt._getCellComponent(tree, rowOf(tree, RecognitionNode.Kind.REQUIREMENT, req0),
                "included"), true);
        _setValue((Checkbox) GridKt._getCellComponent(tree, rowOf(tree, RecognitionNode.Kind.REQUIREMENT, req2),
                "included"), true);
        _setValue((Checkbox) GridKt._getCellComponent(tree, rowOf(tree, RecognitionNode.Kind.CRITERION,
                q.unit(0).t1CriterionIds().get(0)), "included"), true);
        // ticking requirements ticked their units; counts follow
        assertThat(counts.getText()).contains("2 tutkinnon osaa", "3 ammattitaitovaatimusta", "1 arviointikriteeriä");
        // what was ticked while the tree was filtered is still ticked with the filter cleared
        assertThat(((Checkbox) GridKt._getCellComponent(tree, rowOf(tree, RecognitionNode.Kind.REQUIREMENT, req1),
                "included")).getValue()).isTrue();
        TextField practice = (TextField) GridKt._getCellComponent(tree,
                rowOf(tree, RecognitionNode.Kind.REQUIREMENT, req0), "practice");
        _setValue(practice, "Toimistojen siivousreitillä päivittäin");
        // only T1 criteria are offered
        assertThat(tree.getTreeData().contains(new RecognitionNode(RecognitionNode.Kind.CRITERION,
                q.unit(0).goodCriterionId(), "", null))).isFalse();
        _setValue(_get(TextArea.class, spec -> spec.withId("work-description")), "Ylläpitosiivousta toimitiloissa");
        ComboBox<UserService.RoleHolder> reviewer = _get(ComboBox.class, spec -> spec.withId("reviewer"));
        _setValue(reviewer, reviewer.getListDataView().getItems().filter(u -> u.id().equals(s.teacher().getId()))
                .findFirst().orElseThrow());
        _click(_get(Button.class, spec -> spec.withId("submit-recognition")));
        assertThat(_get(Span.class, spec -> spec.withId("recognition-state")).getText()).contains("Arvioitavana");
        EnvironmentRecognition submitted = recognitions.findOpen(s.unit().getId()).orElseThrow();
        assertThat(submitted.getState()).isEqualTo(RecognitionState.IN_REVIEW);
        assertThat(recognitions.load(submitted.getId()).recognition().getItems()).extracting(i -> i.ref())
                .contains(ItemRef.unit(q.unit(0).id()), ItemRef.unit(q.unit(1).id()), ItemRef.requirement(req0),
                        ItemRef.requirement(req1), ItemRef.requirement(req2));
        // the editor cannot review
        assertThat(_find(Button.class, spec -> spec.withId("approve-recognition"))).isEmpty();

        // --- the teacher reviews: rejects one requirement with a reason, approves
        relogin(s.teacher().getUsername());
        UI.getCurrent().navigate("work-units");
        Grid<EnvironmentRecognition> toReview = _get(Grid.class, spec -> spec.withId("recognitions-to-review"));
        assertThat(GridKt._fetch(toReview, 0, 10)).extracting(EnvironmentRecognition::getId).contains(submitted.getId());
        UI.getCurrent().navigate("work-units/" + s.unit().getId() + "/recognition");
        TreeGrid<RecognitionNode> review = _get(TreeGrid.class, spec -> spec.withId("recognition-tree"));
        int row = rowOf(review, RecognitionNode.Kind.REQUIREMENT, req2);
        _setValue((Select<ReviewStatus>) GridKt._getCellComponent(review, row, "decision"), ReviewStatus.REJECTED);
        _click(_get(Button.class, spec -> spec.withId("approve-recognition")));
        _click(_get(Button.class, spec -> spec.withId("confirm-approve")));
        // a rejection needs a reason: the dialog stays open
        assertThat(NotificationsKt.getNotifications()).anySatisfy(n -> assertThat(text(n)).contains("perustelu"));
        assertThat(_get(Dialog.class).isOpened()).isTrue();
        _get(Dialog.class).close();
        // on a phone the comment's field is under the item's text (its column hidden): the two keep in step
        TextField underItem = _get((com.vaadin.flow.component.Component) GridKt._getCellComponent(review,
                rowOf(review, RecognitionNode.Kind.REQUIREMENT, req2), "item"), TextField.class);
        _setValue((TextField) GridKt._getCellComponent(review, rowOf(review, RecognitionNode.Kind.REQUIREMENT, req2),
                "comment"), "Kotitalouksien siivousta ei tehdä");
        assertThat(underItem.getValue()).isEqualTo("Kotitalouksien siivousta ei tehdä");
        _click(_get(Button.class, spec -> spec.withId("approve-recognition")));
        _click(_get(Button.class, spec -> spec.withId("confirm-approve")));
        assertThat(_get(Span.class, spec -> spec.withId("recognition-state")).getText()).contains("Hyväksytty");
        assertThat(_get(Anchor.class, spec -> spec.withId("recognition-pdf"))).isNotNull();
        assertThat(recognitions.isRequirementRecognised(s.unit().getId(), req0)).isTrue();
        assertThat(recognitions.isRequirementRecognised(s.unit().getId(), req2)).isFalse();

        // --- the coach maps a task to recognised requirements only
        relogin(s.coach().getUsername());
        UI.getCurrent().navigate("work-units/" + s.unit().getId() + "/tasks");
        _click(_get(Button.class, spec -> spec.withId("new-task")));
        Dialog dialog = _get(Dialog.class);
        _click(_get(dialog, Button.class, spec -> spec.withId("save-task")));
        TextField name = _get(dialog, TextField.class, spec -> spec.withId("task-name"));
        assertThat(name.isInvalid()).isTrue();
        _setValue(name, "Toimistotilan ylläpitosiivous");
        Grid<RecognisedRequirement> reqGrid = _get(dialog, Grid.class, spec -> spec.withId("task-requirements"));
        List<RecognisedRequirement> offered = GridKt._fetch(reqGrid, 0, 50);
        assertThat(offered).extracting(RecognisedRequirement::id).containsExactly(req0, req1);
        reqGrid.select(offered.getFirst());
        _click(_get(dialog, Button.class, spec -> spec.withId("save-task")));
        assertThat(dialog.isOpened()).isFalse();
        Grid<TrainingTask> taskGrid = _get(Grid.class, spec -> spec.withId("tasks"));
        assertThat(GridKt._size(taskGrid)).isEqualTo(1);
        assertThat(tasks.findTaskSummaries(s.unit().getId())).singleElement()
                .satisfies(t -> assertThat(t.requirementIds()).containsExactly(req0));
        // coverage: one of two recognised requirements is trained
        _get(com.vaadin.flow.component.tabs.TabSheet.class, spec -> spec.withId("task-tabs")).setSelectedIndex(1);
        assertThat(_get(Span.class, spec -> spec.withId("coverage-summary")).getText()).contains("1/2");
        Grid<RecognisedRequirement> matrix = _get(Grid.class, spec -> spec.withId("coverage-matrix"));
        assertThat(GridKt._size(matrix)).isEqualTo(2);
        _setValue(_get(Checkbox.class, spec -> spec.withId("uncovered-only")), true);
        assertThat(GridKt._fetch(matrix, 0, 10)).extracting(RecognisedRequirement::id).containsExactly(req1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aRecognitionWithoutApprovalLeavesTheTaskLibraryUnmapped() {
        WorkplaceTestData.Setup s = data.create("Närpiö");
        login(s.coach().getUsername());
        UI.getCurrent().navigate("work-units/" + s.unit().getId() + "/tasks");
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("no-recognition"))
                .getText()).contains("ei ole hyväksyttyä");
        _click(_get(Button.class, spec -> spec.withId("new-task")));
        Dialog dialog = _get(Dialog.class);
        assertThat(_find(dialog, Grid.class, spec -> spec.withId("task-requirements"))).isEmpty();
        _setValue(_get(dialog, TextField.class, spec -> spec.withId("task-name")), "Kalusteiden siirto");
        _click(_get(dialog, Button.class, spec -> spec.withId("save-task")));
        assertThat(GridKt._size(_get(Grid.class, spec -> spec.withId("tasks")))).isEqualTo(1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aSecondEditorOfATaskGetsAConflictAndKeepsTheDialog() {
        WorkplaceTestData.Setup s = data.create("Loviisa");
        runAs(s.coach().getUsername());
        TrainingTask task = tasks.save(new fi.taitoura.workplace.TaskDraft(null, 0, s.unit().getId(), "Kalusteiden siirto",
                null, fi.taitoura.workplace.TaskDifficulty.BASIC, null, null, Set.of(), true, Set.of()));
        login(s.coach().getUsername());
        UI.getCurrent().navigate("work-units/" + s.unit().getId() + "/tasks");
        Grid<TrainingTask> grid = _get(Grid.class, spec -> spec.withId("tasks"));
        _click((Button) GridKt._getCellComponent(grid, 0, "edit"));
        Dialog dialog = _get(Dialog.class);
        TextField name = _get(dialog, TextField.class, spec -> spec.withId("task-name"));
        _setValue(name, "Kalusteiden siirto ja kokoaminen");
        // someone else saves the task meanwhile
        tasks.save(new fi.taitoura.workplace.TaskDraft(task.getId(), task.getVersion(), s.unit().getId(),
                "Kalustesiirrot", null, fi.taitoura.workplace.TaskDifficulty.BASIC, null, null, Set.of(), true, Set.of()));
        _click(_get(dialog, Button.class, spec -> spec.withId("save-task")));
        assertThat(NotificationsKt.getNotifications()).anySatisfy(n -> assertThat(text(n)).contains("Joku muu muutti"));
        assertThat(dialog.isOpened()).isTrue();
        assertThat(name.getValue()).isEqualTo("Kalusteiden siirto ja kokoaminen");
    }
}
