package fi.taitoura;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import fi.taitoura.base.time.Time;
import fi.taitoura.security.Role;
import java.util.Set;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * What the hand tour of the running application found (session 25, issue 13's tour), each fixed and held here: a
 * refusal is a message next to the field in the user's language, never a failed download or an unexpected error.
 */
class TourFindingsUiTest extends AbstractUiTest {

    /** A subject-access export for a client id that does not exist was offered as a download that failed. */
    @Test
    void theSubjectAccessFormSaysNextToTheFieldWhenNoSuchClientExists() {
        login("admin");
        useLocale(Locale.of("sv"));
        UI.getCurrent().navigate("admin/retention");
        IntegerField id = _get(IntegerField.class, spec -> spec.withId("export-trainee"));
        Anchor json = _get(Anchor.class, spec -> spec.withId("export-json"));
        Anchor pdf = _get(Anchor.class, spec -> spec.withId("export-pdf"));
        assertThat(json.isEnabled()).as("nothing to export before an id is given").isFalse();
        assertThat(pdf.isEnabled()).isFalse();
        // announced as a disabled link (Vaadin takes the address of a disabled anchor away)
        assertThat(json.getElement().getAttribute("aria-disabled")).isEqualTo("true");
        assertThat(pdf.getElement().getAttribute("role")).isEqualTo("link");

        _setValue(id, 999_999);
        assertThat(id.isInvalid()).isTrue();
        assertThat(id.getErrorMessage()).isEqualTo("Deltagaren finns inte.");
        assertThat(json.isEnabled()).isFalse();
        assertThat(pdf.isEnabled()).isFalse();

        _setValue(id, 1);
        assertThat(id.isInvalid()).isFalse();
        assertThat(json.isEnabled()).isTrue();
        assertThat(pdf.isEnabled()).isTrue();
        assertThat(json.getElement().getAttribute("aria-disabled")).isNull();
        assertThat(pdf.getElement().getAttribute("role")).isNull();
    }

    /** The retention rules named their action with the button's capitalised label inside a sentence. */
    @Test
    void theRetentionRulesSayWhatHappensInASentence() {
        login("admin");
        UI.getCurrent().navigate("admin/retention");
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .anyMatch(t -> t.contains("sitten ne anonymisoidaan.") || t.contains("sitten ne hävitetään."))
                .noneMatch(t -> t.contains("Anonymisoi.") || t.contains("Hävitä."));
        UI.getCurrent().navigate("");
        useLocale(Locale.of("sv"));
        UI.getCurrent().navigate("admin/retention");
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .anyMatch(t -> t.contains("sedan anonymiseras de.") || t.contains("sedan raderas de."));
    }

    /** An empty list of clients whose retention has ended showed its headers and nothing else. */
    @Test
    void anEmptyRetentionListSaysSo() {
        login("admin");
        useLocale(Locale.of("sv"));
        UI.getCurrent().navigate("admin/retention");
        com.vaadin.flow.component.grid.Grid<?> due = _get(com.vaadin.flow.component.grid.Grid.class,
                spec -> spec.withId("retention-due"));
        assertThat(due.getEmptyStateText()).isEqualTo("Ingen deltagares bevarandetid har gått ut.");
    }

    /** Another organisation's client is refused like a missing one. */
    @Test
    void anotherOrganisationsClientIsNotOffered() {
        login("verstas.admin");
        UI.getCurrent().navigate("admin/retention");
        IntegerField id = _get(IntegerField.class, spec -> spec.withId("export-trainee"));
        _setValue(id, 1);
        assertThat(id.isInvalid()).isTrue();
        assertThat(id.getErrorMessage()).isEqualTo("Valmentautujaa ei löydy.");
        assertThat(_get(Anchor.class, spec -> spec.withId("export-pdf")).isEnabled()).isFalse();
    }

    /** A user name already taken was told in a notification in the middle of the screen, not at the field. */
    @Test
    @SuppressWarnings("unchecked")
    void aUserNameAlreadyTakenIsSaidAtTheFieldAndNothingTypedIsLost() {
        login("admin");
        useLocale(Locale.of("sv"));
        UI.getCurrent().navigate("admin/users");
        _click(_get(Button.class, spec -> spec.withId("new-user")));
        Dialog dialog = _get(Dialog.class);
        TextField username = _get(dialog, TextField.class, spec -> spec.withLabel("Användarnamn"));
        TextField fullName = _get(dialog, TextField.class, spec -> spec.withLabel("Namn"));
        EmailField email = _get(dialog, EmailField.class);
        _setValue(username, "valmentaja");
        _setValue(fullName, "Toinen Valmentaja");
        _setValue(email, "toinen@example.fi");
        _setValue(_get(dialog, PasswordField.class), "hyva-salasana-1");
        _setValue(_get(dialog, CheckboxGroup.class), Set.of(Role.COACH));
        _click(_get(dialog, Button.class, spec -> spec.withId("save-user")));
        assertThat(dialog.isOpened()).isTrue();
        assertThat(username.isInvalid()).isTrue();
        assertThat(username.getErrorMessage()).isEqualTo("Användarnamnet valmentaja används redan.");
        assertThat(fullName.getValue()).isEqualTo("Toinen Valmentaja");
        assertThat(email.getValue()).isEqualTo("toinen@example.fi");
    }

    /** A future day typed in the coach's day showed the trainees' cards to fill in, and the save was refused. */
    @Test
    void aFutureDayOnTheCoachsDayIsRefusedAtTheFieldInTheUsersLanguage() {
        login("valmentaja");
        useLocale(Locale.of("sv"));
        UI.getCurrent().navigate("day");
        DatePicker date = _get(DatePicker.class, spec -> spec.withId("day-date"));
        assertThat(date.getI18n().getMaxErrorMessage()).isEqualTo("Kommande dagar kan inte registreras.");
        assertThat(date.getI18n().getBadInputErrorMessage())
                .isEqualTo("Skriv datumet i formen d.m.åååå, t.ex. 3.12.2026.");
        _setValue(date, Time.today().plusDays(2));
        assertThat(_find(Paragraph.class, spec -> spec.withId("day-future"))).hasSize(1);
        assertThat(_get(Button.class, spec -> spec.withId("save-day")).isEnabled()).isFalse();
    }

    /** A card's note longer than its column (500) gave "an unexpected error" and lost the dialog. */
    @Test
    @SuppressWarnings("unchecked")
    void aCardNoteTooLongIsSaidAtTheField() {
        login("valmentaja");
        UI.getCurrent().navigate("trainees/1");
        selectTab("Kortit ja passit");
        _click(_get(Button.class, spec -> spec.withId("new-card")));
        Dialog dialog = _get(Dialog.class);
        com.vaadin.flow.component.combobox.ComboBox<Object> type = _get(dialog,
                com.vaadin.flow.component.combobox.ComboBox.class);
        _setValue(type, type.getListDataView().getItem(0));
        _setValue(_get(dialog, DatePicker.class, spec -> spec.withLabel("Myönnetty")), Time.today().minusDays(3));
        TextField note = _get(dialog, TextField.class, spec -> spec.withLabel("Lisätieto"));
        _setValue(note, "x".repeat(10_000));
        _click(_get(dialog, Button.class, spec -> spec.withId("save-card")));
        assertThat(dialog.isOpened()).isTrue();
        assertThat(note.isInvalid()).isTrue();
        assertThat(note.getErrorMessage()).isEqualTo("Enintään 500 merkkiä");
        assertThat(note.getValue()).hasSize(10_000);
    }

    /** A trainee's e-mail address longer than its column (200) passed the form and failed in the database. */
    @Test
    void aTraineesEmailTooLongIsSaidAtTheField() {
        login("valmentaja");
        UI.getCurrent().navigate("trainees");
        _click(_get(Button.class, spec -> spec.withId("new-trainee")));
        Dialog dialog = _get(Dialog.class);
        EmailField email = _get(dialog, EmailField.class);
        _setValue(email, "a".repeat(300) + "@example.fi");
        _click(_get(dialog, Button.class, spec -> spec.withId("save-trainee")));
        assertThat(dialog.isOpened()).isTrue();
        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).isEqualTo("Enintään 200 merkkiä");
    }

    /** The capacity assessment's date picker spoke English (month names, "Today", "Cancel") in a Swedish UI. */
    @Test
    void theAssessmentsDatePickerSpeaksTheUsersLanguage() {
        login("valmentaja");
        useLocale(Locale.of("sv"));
        UI.getCurrent().navigate("trainees/1/capacity");
        _click(_get(Button.class, spec -> spec.withId("new-assessment")));
        DatePicker date = _get(_get(Dialog.class), DatePicker.class, spec -> spec.withId("assessment-date"));
        assertThat(date.getI18n()).isNotNull();
        assertThat(date.getI18n().getMonthNames().get(0)).isEqualTo("Januari");
        assertThat(date.getI18n().getToday()).isEqualTo("I dag");
        assertThat(date.getI18n().getMaxErrorMessage()).isEqualTo("Datumet är senare än tillåtet.");
    }

}
