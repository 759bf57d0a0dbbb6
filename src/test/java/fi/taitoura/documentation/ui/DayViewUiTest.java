package fi.taitoura.documentation.ui;

import fi.taitoura.base.time.Time;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import fi.taitoura.AbstractUiTest;
import fi.taitoura.documentation.AttendanceStatus;
import fi.taitoura.documentation.DocumentationService;
import fi.taitoura.trainee.TraineeService;
import fi.taitoura.workplace.TaskSummary;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class DayViewUiTest extends AbstractUiTest {

    @Autowired
    DocumentationService service;
    @Autowired
    TraineeService trainees;

    @Test
    @SuppressWarnings("unchecked")
    void coachRecordsTheDayWithFewClicks() {
        login("valmentaja");
        UI.getCurrent().navigate("day");
        List<TraineeDayCard> cards = _find(TraineeDayCard.class);
        assertThat(cards).isNotEmpty();
        _click(_get(Button.class, spec -> spec.withId("all-present")));
        TraineeDayCard first = cards.get(0);
        CheckboxGroup<TaskSummary> tasks = _get(first, CheckboxGroup.class);
        TaskSummary task = tasks.getListDataView().getItems().filter(t -> !t.requirementIds().isEmpty())
                .findFirst().orElseThrow();
        _setValue(tasks, Set.of(task));
        assertThat(_find(first, RadioButtonGroup.class)).hasSize(1 + task.requirementIds().size());
        TraineeDayCard second = cards.get(1);
        RadioButtonGroup<AttendanceStatus> status = _find(second, RadioButtonGroup.class).get(0);
        _setValue(status, AttendanceStatus.SICK);
        _click(_get(Button.class, spec -> spec.withId("save-day")));
        TextField reason = _find(second, TextField.class).stream().filter(TextField::isVisible).findFirst()
                .orElseThrow();
        assertThat(reason.isInvalid()).as("a missing reason is shown next to the field").isTrue();
        _setValue(reason, "Flunssa");
        _click(_get(Button.class, spec -> spec.withId("save-day")));
        assertThat(_get(Button.class, spec -> spec.withId("save-day")).isEnabled()).isFalse();
        var plan = service.dayOfUnit(trainees.requirePeriodForRead(first.periodId()).getWorkUnitId(), Time.today());
        var saved = plan.trainees().stream().filter(t -> t.periodId().equals(first.periodId())).findFirst()
                .orElseThrow();
        assertThat(saved.status()).isEqualTo(AttendanceStatus.PRESENT);
        assertThat(saved.taskIds()).containsExactly(task.id());
        assertThat(saved.observations()).hasSize(task.requirementIds().size());
        assertThat(plan.trainees().stream().filter(t -> t.periodId().equals(second.periodId())).findFirst()
                .orElseThrow().reason()).isEqualTo("Flunssa");
    }

    /**
     * Issue 13: a recorded past day opened untouched is not "unsaved" (Save stays off, leaving asks nothing);
     * changing it makes it unsaved and changing it back does not; signing out with unsaved entries asks first.
     */
    @Test
    void aPastDayOpensSavedAndOnlyRealChangesAreUnsaved() {
        login("valmentaja");
        UI.getCurrent().navigate("day");
        DatePicker date = _get(DatePicker.class, spec -> spec.withId("day-date"));
        LocalDate day = Time.today().minusDays(1);
        List<TraineeDayCard> cards = List.of();
        // Other tests add periods to this unit without recording these days: look for a day with recorded cards.
        for (int i = 0; i < 14; i++, day = day.minusDays(1)) {
            date.setValue(day);
            cards = _find(TraineeDayCard.class);
            if (cards.stream().anyMatch(TraineeDayCard::isSaved)) {
                break;
            }
        }
        List<TraineeDayCard> recorded = cards.stream().filter(TraineeDayCard::isSaved).toList();
        assertThat(recorded).as("the demo has a recorded past day in the last two weeks").isNotEmpty();
        Button save = _get(Button.class, spec -> spec.withId("save-day"));
        assertThat(save.isEnabled()).as("an untouched past day has nothing to save").isFalse();
        assertThat(cards).noneMatch(TraineeDayCard::isDirty);
        String expected = recorded.size() + "/" + cards.size() + " valmentautujaa kirjattu";
        String progress = _get(com.vaadin.flow.component.html.Span.class, spec -> spec.withText(expected)).getText();
        assertThat(progress).doesNotContain("tallentamatta");

        TraineeDayCard card = recorded.get(0);
        TextField note = _find(card, TextField.class).stream().filter(t -> t.hasClassName("day-note"))
                .findFirst().orElseThrow();
        String before = note.getValue();
        _setValue(note, before + " muutos");
        assertThat(card.isDirty()).isTrue();
        assertThat(save.isEnabled()).isTrue();
        _setValue(note, before);
        assertThat(card.isDirty()).as("changed back: nothing unsaved").isFalse();
        assertThat(save.isEnabled()).isFalse();

        _setValue(note, before + " muutos");
        _click(_get(Button.class, spec -> spec.withId("sign-out")));
        assertThat(_get(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class,
                spec -> spec.withId("sign-out-unsaved")).isOpened()).as("signing out with unsaved entries asks")
                .isTrue();
    }

    @Test
    void futureDaysCannotBeChosenAndOtherRolesCannotOpenTheDay() {
        login("valmentaja");
        UI.getCurrent().navigate("day");
        assertThat(_get(DatePicker.class).getMax()).isEqualTo(Time.today());
        login("uraagentti");
        UI.getCurrent().navigate("day");
        assertThat(_find(TraineeDayCard.class)).isEmpty();
    }

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private long dayReads(LocalDate day) {
        Long n = jdbc.queryForObject("select count(*) from audit_log where entity_type = 'Attendance' "
                + "and action = 'READ' and details like ?", Long.class, "%day=" + day + "%");
        return n == null ? 0 : n;
    }

    private static void openDay(String date) {
        UI.getCurrent().navigate("day", com.vaadin.flow.router.QueryParameters.of(DayView.DATE_PARAMETER, date));
    }

    /** Issue 18: /day?date=... opens that day, reading only it (not today's first); the field shows the date. */
    @Test
    void theDateInTheAddressOpensThatDayOnly() {
        login("valmentaja");
        LocalDate day = Time.today().minusDays(2);
        long todayBefore = dayReads(Time.today());
        long dayBefore = dayReads(day);
        openDay(day.toString());
        DatePicker date = _get(DatePicker.class, spec -> spec.withId("day-date"));
        assertThat(date.getValue()).isEqualTo(day);
        assertThat(date.isInvalid()).isFalse();
        List<TraineeDayCard> cards = _find(TraineeDayCard.class);
        assertThat(cards).isNotEmpty();
        assertThat(dayReads(day) - dayBefore).as("each trainee of the day read (and audited) once")
                .isEqualTo(cards.size());
        assertThat(dayReads(Time.today())).as("today is not read on the way").isEqualTo(todayBefore);
    }

    @Test
    void anInvalidOrFutureDateInTheAddressIsShownAtTheDateField() {
        login("valmentaja");
        openDay("2026-13-45");
        DatePicker date = _get(DatePicker.class, spec -> spec.withId("day-date"));
        assertThat(date.isInvalid()).isTrue();
        assertThat(date.getErrorMessage()).isEqualTo("Osoitteen päivä ei ole kelvollinen päivämäärä: valitse päivä.");
        assertThat(_find(TraineeDayCard.class)).isEmpty();
        assertThat(_find(com.vaadin.flow.component.html.Span.class, spec -> spec.withText("0/0 valmentautujaa kirjattu")))
                .as("no \"0/0\" for a day that is not one").isEmpty();
        // choosing a day clears the message and opens it
        _setValue(date, Time.today());
        assertThat(date.isInvalid()).isFalse();
        assertThat(_find(TraineeDayCard.class)).isNotEmpty();

        openDay(Time.today().plusDays(3).toString());
        date = _get(DatePicker.class, spec -> spec.withId("day-date"));
        assertThat(date.getValue()).isEqualTo(Time.today().plusDays(3));
        assertThat(date.isInvalid()).isTrue();
        assertThat(date.getErrorMessage()).isEqualTo("Tulevia päiviä ei voi kirjata.");
        assertThat(_find(TraineeDayCard.class)).isEmpty();
    }

    /** Choosing a date writes it into the address (replacing the history entry), without navigating again. */
    @Test
    void choosingADatePutsItInTheAddress() {
        login("valmentaja");
        UI.getCurrent().navigate("day");
        DayView view = _get(DayView.class);
        DatePicker date = _get(DatePicker.class, spec -> spec.withId("day-date"));
        LocalDate day = Time.today().minusDays(4);
        // (before any _get/_find: Karibu's look-ups run a client round trip, which sends the pending scripts)
        UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations();
        _setValue(date, day);
        var scripts = UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations();
        assertThat(_get(DayView.class)).as("the same view: no second navigation").isSameAs(view);
        assertThat(scripts)
                .map(i -> i.getInvocation().getExpression() + " " + i.getInvocation().getParameters())
                .as("the history entry is replaced with the chosen date")
                .anySatisfy(js -> assertThat(js).contains("replace").contains("day?date=" + day));
    }

    /**
     * Choosing another date with unsaved entries asks first; "cancel" keeps the date and everything typed (it set the
     * date back with a reload, which threw the entries away).
     */
    @Test
    @SuppressWarnings("unchecked")
    void cancellingTheDiscardQuestionKeepsWhatWasTyped() {
        login("valmentaja");
        UI.getCurrent().navigate("day");
        DatePicker date = _get(DatePicker.class, spec -> spec.withId("day-date"));
        LocalDate today = date.getValue();
        _click(_get(Button.class, spec -> spec.withId("all-present")));
        TraineeDayCard first = _find(TraineeDayCard.class).get(0);
        CheckboxGroup<TaskSummary> tasks = _get(first, CheckboxGroup.class);
        TaskSummary task = tasks.getListDataView().getItems().filter(t -> !t.requirementIds().isEmpty())
                .filter(t -> !tasks.getValue().contains(t)).findFirst().orElseThrow();
        _setValue(tasks, Set.of(task));
        assertThat(first.isDirty()).isTrue();

        _setValue(date, today.minusDays(2));
        var dialog = _get(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class);
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireCancel(dialog);

        assertThat(date.getValue()).as("the date is set back").isEqualTo(today);
        assertThat(_find(TraineeDayCard.class)).as("the same cards, not reloaded").contains(first);
        assertThat(first.isDirty()).as("the entries are kept").isTrue();
        assertThat(((CheckboxGroup<TaskSummary>) _get(first, CheckboxGroup.class)).getValue()).contains(task);
        assertThat(_get(Button.class, spec -> spec.withId("save-day")).isEnabled()).isTrue();
    }

    @Test
    void theLedgerWithItsChartIsOnTheTraineePage() {
        login("valmentaja");
        var row = trainees.findVisibleTrainees().stream().filter(r -> r.name().equals("Mikko Laaksonen"))
                .findFirst().orElseThrow();
        UI.getCurrent().navigate("trainees/" + row.traineeId());
        assertThat(_find(LedgerPanel.class)).hasSize(1);
        assertThat(_get(Image.class, spec -> spec.withId("ledger-chart")).getSrc()).startsWith("data:image/svg+xml");
    }
}
