package fi.taitoura.trainee;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import fi.taitoura.AbstractUiTest;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class TraineeViewsUiTest extends AbstractUiTest {

    @Autowired
    TraineeService service;

    @Test
    @SuppressWarnings("unchecked")
    void coachListsOwnTraineesAndOpensOne() {
        login("valmentaja");
        UI.getCurrent().navigate("trainees");
        Grid<TraineeRow> grid = _get(Grid.class, spec -> spec.withId("trainees"));
        assertThat(GridKt._size(grid)).isGreaterThanOrEqualTo(6);
        TraineeRow first = GridKt._get(grid, 0);
        UI.getCurrent().navigate("trainees/" + first.traineeId());
        assertThat(_get(H2.class).getText()).isEqualTo(first.name());
        selectTab("Jaksot");
        Grid<TrainingPeriod> periods = _get(Grid.class, spec -> spec.withId("periods"));
        assertThat(GridKt._size(periods)).isEqualTo(1);
    }

    @Test
    void anotherUnitsTraineeCannotBeOpenedByTypingTheAddress() {
        login("valmentaja");
        java.util.Set<Long> mine = service.findVisibleTrainees().stream().map(t -> t.traineeId())
                .collect(java.util.stream.Collectors.toSet());
        login("valmentaja2");
        Long foreign = service.findVisibleTrainees().stream().map(t -> t.traineeId()).filter(id -> !mine.contains(id))
                .findFirst().orElseThrow();
        login("valmentaja");
        UI.getCurrent().navigate("trainees/" + foreign);
        assertThat(_get(H2.class).getText()).isEqualTo("Sivua ei löytynyt");
        UI.getCurrent().navigate("trainees/999999/periods/1");
        assertThat(_get(H2.class).getText()).isEqualTo("Sivua ei löytynyt");
    }

    @Test
    @SuppressWarnings("unchecked")
    void coachAddsATraineeAndBadInputIsExplainedNextToTheField() {
        login("valmentaja");
        UI.getCurrent().navigate("trainees");
        _click(_get(Button.class, spec -> spec.withId("new-trainee")));
        Dialog dialog = _get(Dialog.class);
        _setValue(_get(dialog, TextField.class, spec -> spec.withLabel("Etunimi")), "Uusi");
        _setValue(_get(dialog, TextField.class, spec -> spec.withLabel("Sukunimi")), "Valmentautuja");
        _setValue(_get(dialog, DatePicker.class, spec -> spec.withLabel("Syntymäaika")), LocalDate.of(1990, 1, 1));
        TextField code = _get(dialog, TextField.class, spec -> spec.withLabel("Henkilötunnus"));
        _setValue(code, "010190-123A");
        ComboBox<Object> unit = _get(dialog, ComboBox.class, spec -> spec.withLabel("Työyksikkö"));
        _setValue(unit, service.findWorkUnitsForNewPeriods().get(0));
        ComboBox<Object> status = _get(dialog, ComboBox.class, spec -> spec.withLabel("Jakson muoto"));
        _setValue(status, PeriodStatus.REHABILITATIVE_WORK_ACTIVITY);
        ComboBox<Object> form = _get(dialog, ComboBox.class, spec -> spec.withLabel("Palvelumuoto"));
        _setValue(form, ServiceForm.WORK_AND_EDUCATION);
        _click(_get(dialog, Button.class, spec -> spec.withId("save-trainee")));
        assertThat(code.isInvalid()).isTrue();
        assertThat(code.getErrorMessage()).contains("tarkistusmerkki");
        assertThat(dialog.isOpened()).isTrue();
        _setValue(code, "010190-246L");
        _click(_get(dialog, Button.class, spec -> spec.withId("save-trainee")));
        assertThat(_get(H2.class).getText()).isEqualTo("Uusi Valmentautuja");
        selectTab("Henkilötiedot");
        assertThat(_get(Span.class, spec -> spec.withId("personal-id")).getText()).endsWith("010190-****");
    }

    @Test
    void coachRecordsAGoalOnAPeriod() {
        login("valmentaja");
        TraineeRow row = service.findVisibleTrainees().get(0);
        TrainingPeriod period = service.findPeriodsOfTrainee(row.traineeId()).get(0);
        UI.getCurrent().navigate("trainees/" + row.traineeId() + "/periods/" + period.getId());
        int before = service.findGoals(period.getId()).size();
        selectTab("Tavoitteet ja jakson tiedot");
        _click(_get(Button.class, spec -> spec.withId("new-goal")));
        Dialog dialog = _get(Dialog.class);
        _click(_get(dialog, Button.class, spec -> spec.withId("save-goal")));
        assertThat(_get(dialog, TextArea.class, spec -> spec.withLabel("Tavoite")).isInvalid()).isTrue();
        _setValue(_get(dialog, TextArea.class, spec -> spec.withLabel("Tavoite")), "Oppii käyttämään lehtipuhallinta");
        _click(_get(dialog, Button.class, spec -> spec.withId("save-goal")));
        assertThat(service.findGoals(period.getId())).hasSize(before + 1);
        assertThat(_find(Span.class, spec -> spec.withText("Oppii käyttämään lehtipuhallinta"))).hasSize(1);
    }


    @Test
    void theReferringCaseWorkerCannotOpenTheTraineeOrThePeriod() {
        login("asiakasvastaava");
        TraineeService.ReferredPeriod referred = service.findReferredPeriods().get(0);
        for (String path : List.of("trainees", "trainees/" + referred.traineeId(),
                "trainees/" + referred.traineeId() + "/periods/" + referred.periodId())) {
            UI.getCurrent().navigate(path);
            assertThat(_get(H2.class).getText()).as(path).isEqualTo("Sivua ei löytynyt");
            assertThat(_find(Button.class, spec -> spec.withId("save-details"))).isEmpty();
        }
    }
}
