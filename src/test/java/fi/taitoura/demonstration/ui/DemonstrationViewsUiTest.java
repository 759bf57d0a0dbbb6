package fi.taitoura.demonstration.ui;

import fi.taitoura.base.time.Time;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import fi.taitoura.AbstractUiTest;
import fi.taitoura.catalogue.LevelScale;
import fi.taitoura.demonstration.DecidedBy;
import fi.taitoura.demonstration.Demonstration;
import fi.taitoura.demonstration.DemonstrationFixtures;
import fi.taitoura.demonstration.DemonstrationRecords.Summary;
import fi.taitoura.demonstration.DemonstrationRecords.TaskRef;
import fi.taitoura.demonstration.DemonstrationRecords.UserRef;
import fi.taitoura.demonstration.DemonstrationService;
import fi.taitoura.demonstration.DemonstrationStatus;
import fi.taitoura.demonstration.DiscussionParticipant;
import fi.taitoura.trainee.TrainingPeriod;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class DemonstrationViewsUiTest extends AbstractUiTest {

    @Autowired
    DemonstrationService service;
    @Autowired
    DemonstrationFixtures fixtures;


    @Test
    @SuppressWarnings("unchecked")
    void theTeachersWorklistShowsAssignedDemonstrationsByState() {
        login("opettaja");
        UI.getCurrent().navigate("demonstrations");
        Grid<Summary> done = _get(Grid.class, spec -> spec.withId("demonstrations-done"));
        assertThat(GridKt._size(done)).isGreaterThanOrEqualTo(2);
        Grid<Summary> upcoming = _get(Grid.class, spec -> spec.withId("demonstrations-upcoming"));
        assertThat(GridKt._get(upcoming, 0).status()).isEqualTo(DemonstrationStatus.PLANNED);
        // issue 13: the demo gives the teacher something to assess (a demonstration held, not yet assessed)
        Grid<Summary> awaiting = _get(Grid.class, spec -> spec.withId("demonstrations-awaiting"));
        assertThat(GridKt._size(awaiting)).isGreaterThanOrEqualTo(1);
        Summary assessed = done.getListDataView().getItems().filter(r -> r.status() == DemonstrationStatus.ASSESSED)
                .findFirst().orElseThrow();
        UI.getCurrent().navigate("demonstrations/" + assessed.id());
        assertThat(_get(H2.class).getText()).startsWith(assessed.unitCode());
        assertThat(_get(Span.class, spec -> spec.withId("assessment-result")).getText())
                .containsAnyOf("Hyväksytty", "Hylätty");
        // the teacher cannot open the trainee's page
        UI.getCurrent().navigate("trainees/" + assessed.traineeId());
        assertThat(_find(Span.class, spec -> spec.withId("assessment-result"))).isEmpty();
        assertThat(_get(H2.class).getText()).isNotEqualTo(assessed.traineeName());
    }

    @Test
    @SuppressWarnings("unchecked")
    void aCoachProposesFromTheLedgerWithMessagesNextToTheFields() {
        Long unitId = fixtures.unitWithScale(LevelScale.ONE_TO_FIVE).orElseThrow();
        login("valmentaja");
        TrainingPeriod p = fixtures.freshPeriod("Ehdotus", "Käyttöliittymä", unitId);
        UI.getCurrent().navigate("trainees/" + p.getTrainee().getId() + "/periods/" + p.getId());
        Button propose = _find(Button.class).stream().filter(b -> b.hasClassName("ledger-propose")).findFirst()
                .orElseThrow();
        _click(propose);
        ComboBox<UserRef> teacher = _get(ComboBox.class, spec -> spec.withId("plan-teacher"));
        TextField provider = _get(TextField.class, spec -> spec.withId("plan-provider"));
        _setValue(provider, "");
        _click(_get(Button.class, spec -> spec.withId("plan-save")));
        assertThat(teacher.isInvalid()).as("missing teacher shown next to the field").isTrue();
        assertThat(teacher.getErrorMessage()).isEqualTo("Valitse arvioiva opettaja.");
        assertThat(provider.isInvalid()).isTrue();
        TextArea work = _get(TextArea.class, spec -> spec.withId("plan-work"));
        assertThat(work.isInvalid()).as("no tasks and no description").isTrue();

        _setValue(teacher, teacher.getListDataView().getItems().filter(u -> u.id().equals(fixtures.userId("opettaja")))
                .findFirst().orElseThrow());
        MultiSelectComboBox<TaskRef> tasks = _get(MultiSelectComboBox.class, spec -> spec.withId("plan-tasks"));
        _setValue(tasks, Set.of(tasks.getListDataView().getItems().findFirst().orElseThrow()));
        ComboBox<UserRef> rep = _get(ComboBox.class, spec -> spec.withId("plan-workplace-user"));
        _setValue(rep, rep.getListDataView().getItems().filter(u -> !u.id().equals(teacher.getValue().id()))
                .findFirst().orElseThrow());
        _setValue(provider, "Sataedu");
        DatePicker end = _get(DatePicker.class, spec -> spec.withId("plan-end"));
        _setValue(end, Time.today().minusDays(1));
        _click(_get(Button.class, spec -> spec.withId("plan-save")));
        assertThat(end.isInvalid()).as("end before start").isTrue();
        _setValue(end, Time.today().plusWeeks(1));
        _click(_get(Button.class, spec -> spec.withId("plan-save")));

        // the new demonstration's page opens
        assertThat(_get(H2.class).getText()).contains(fixtures.unitCode(unitId));
        assertThat(service.forPeriod(p.getId())).hasSize(1);
        assertThat(_get(Button.class, spec -> spec.withId("edit-plan")).isVisible()).isTrue();
        assertThat(_get(Anchor.class, spec -> spec.withId("back-to-demonstrations")).getHref())
                .isEqualTo("demonstrations");

        // the period page lists it in its own tab, and the ledger no longer offers a second proposal
        UI.getCurrent().navigate("trainees/" + p.getTrainee().getId() + "/periods/" + p.getId());
        assertThat(_find(Button.class).stream().filter(b -> b.hasClassName("ledger-propose")).toList()).isEmpty();
        assertThat(_find(Anchor.class).stream().filter(a -> a.hasClassName("ledger-planned")).toList()).hasSize(1);
        selectTab("Näytöt");
        Grid<Summary> list = _get(Grid.class, spec -> spec.withId("period-demonstrations"));
        assertThat(GridKt._size(list)).isEqualTo(1);
        assertThat(GridKt._get(list, 0).status()).isEqualTo(DemonstrationStatus.PLANNED);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theTeacherSeesTheEvidenceAssessesSignsAndTheCoachSeesTheResult() {
        Long unitId = fixtures.unitWithScale(LevelScale.ONE_TO_FIVE).orElseThrow();
        login("valmentaja");
        TrainingPeriod p = fixtures.freshPeriod("Arvioitava", "Näkymä", unitId);
        Demonstration d = service.propose(p.getId(), unitId, fixtures.plan(p.getId(), Time.today(), "opettaja"));

        login("opettaja");
        UI.getCurrent().navigate("demonstrations/" + d.getId());
        // the assessment tab opens first for a demonstration awaiting assessment
        Button sign = _get(Button.class, spec -> spec.withId("sign-assessment"));
        _click(sign);
        RadioButtonGroup<Integer> overall = _get(RadioButtonGroup.class, spec -> spec.withId("overall-grade"));
        assertThat(overall.isInvalid()).isTrue();
        // every choice starts with a capital: "Hylätty" beside "3 – Hyvä (H3)", not "hylätty"
        assertThat(overall.getItemLabelGenerator().apply(0)).isEqualTo("Hylätty");
        CheckboxGroup<DecidedBy> decided = _get(CheckboxGroup.class, spec -> spec.withId("decided-by"));
        assertThat(decided.isInvalid()).isTrue();
        assertThat(_find(ConfirmDialog.class)).isEmpty();

        for (RadioButtonGroup<Integer> g : _find(RadioButtonGroup.class)) {
            if (g.getId().orElse("").startsWith("grade-")) {
                assertThat(g.getListDataView().getItems()).containsExactly(5, 4, 3, 2, 1, 0);
                _setValue(g, 3);
            }
        }
        _setValue(overall, 0);
        TextArea reason = _get(TextArea.class, spec -> spec.withId("rejection-reason"));
        assertThat(reason.isVisible()).isTrue();
        _setValue(overall, 3);
        assertThat(reason.isVisible()).isFalse();
        _setValue(decided, Set.of(DecidedBy.TEACHER, DecidedBy.WORKPLACE_REPRESENTATIVE));
        CheckboxGroup<DiscussionParticipant> discussion = _get(CheckboxGroup.class, spec -> spec.withId("discussion"));
        _setValue(discussion, Set.of(DiscussionParticipant.TEACHER, DiscussionParticipant.STUDENT));
        _click(_get(Button.class, spec -> spec.withId("save-draft")));
        assertThat(service.detail(d.getId()).draft().overallGrade()).isEqualTo(3);
        _click(_get(Button.class, spec -> spec.withId("sign-assessment")));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(confirm);
        assertThat(_get(Span.class, spec -> spec.withId("assessment-result")).getText()).startsWith("Hyväksytty");
        assertThat(_find(Button.class, spec -> spec.withId("start-correction"))).hasSize(1);

        // evidence and documents tabs
        selectTab("Osaamisen todisteet");
        assertThat(_find(com.vaadin.flow.component.html.H4.class)).isNotEmpty();
        selectTab("Asiakirjat");
        assertThat(_find(Anchor.class, spec -> spec.withId("assessment-pdf"))).hasSize(1);
        assertThat(_find(Anchor.class, spec -> spec.withId("export-json"))).hasSize(1);

        login("valmentaja");
        UI.getCurrent().navigate("trainees/" + p.getTrainee().getId() + "/periods/" + p.getId());
        assertThat(_find(Span.class).stream().filter(s -> s.hasClassName("ledger-demonstrated")).toList()).hasSize(1);
        UI.getCurrent().navigate("demonstrations/" + d.getId());
        assertThat(_get(Span.class, spec -> spec.withId("assessment-result")).getText()).startsWith("Hyväksytty");
        assertThat(_find(Button.class, spec -> spec.withId("start-correction"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("sign-assessment"))).isEmpty();
    }

    @Test
    void aStalePlanSaveKeepsWhatWasTypedAndExplainsWhy() {
        Long unitId = fixtures.unitWithScale(LevelScale.ONE_TO_FIVE).orElseThrow();
        login("valmentaja");
        TrainingPeriod p = fixtures.freshPeriod("Vanhentunut", "Muokkaus", unitId);
        var plan = fixtures.plan(p.getId(), Time.today().plusDays(5), "opettaja");
        Demonstration d = service.propose(p.getId(), unitId, plan);
        UI.getCurrent().navigate("demonstrations/" + d.getId());
        _click(_get(Button.class, spec -> spec.withId("edit-plan")));
        TextField place = _get(TextField.class, spec -> spec.withId("plan-place"));
        _setValue(place, "Varikon piha, Åbo-talo");
        // meanwhile someone else moves the demonstration
        service.updatePlan(d.getId(), d.getVersion(), new fi.taitoura.demonstration.DemonstrationRecords.Plan(
                plan.startDate().plusDays(1), plan.endDate().plusDays(1), plan.place(), plan.placeKind(),
                plan.workDescription(), plan.taskIds(), plan.teacherId(), plan.workplaceAssessorId(), null, null,
                plan.educationProvider()));
        _click(_get(Button.class, spec -> spec.withId("plan-save")));
        assertThat(_get(PlanDialog.class).isOpened()).isTrue();
        assertThat(place.getValue()).isEqualTo("Varikon piha, Åbo-talo");
        assertThat(com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications()).anyMatch(n ->
                String.valueOf(n.getElement().getProperty("text")).startsWith("Joku muu muutti"));
        assertThat(service.detail(d.getId()).plan().place()).isEqualTo(plan.place());

        // cancelling needs a reason, next to the field
        _get(PlanDialog.class).close();
        UI.getCurrent().navigate("demonstrations/" + d.getId());
        _click(_get(Button.class, spec -> spec.withId("cancel-demonstration")));
        _click(_get(Button.class, spec -> spec.withId("confirm-cancel")));
        TextArea reason = _get(TextArea.class, spec -> spec.withId("cancel-reason"));
        assertThat(reason.isInvalid()).isTrue();
        _setValue(reason, "Työmaa suljettu");
        _click(_get(Button.class, spec -> spec.withId("confirm-cancel")));
        assertThat(_get(Span.class, spec -> spec.withId("demonstration-state")).getText()).isEqualTo("Peruttu");
    }

    @Test
    void anotherTeacherCannotOpenTheDemonstration() {
        login("valmentaja");
        Summary any = service.worklist().getFirst();
        login("valmentaja2");
        UI.getCurrent().navigate("demonstrations/" + any.id());
        assertThat(_get(H2.class).getText()).isEqualTo("Sivua ei löytynyt");
    }
}
