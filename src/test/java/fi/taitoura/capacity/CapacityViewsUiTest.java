package fi.taitoura.capacity;

import fi.taitoura.base.time.Time;
import fi.taitoura.demo.CapacityDemoData;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import fi.taitoura.AbstractUiTest;
import fi.taitoura.trainee.PeriodStatus;
import fi.taitoura.trainee.ServiceForm;
import fi.taitoura.trainee.Trainee;
import fi.taitoura.trainee.TraineeRow;
import fi.taitoura.trainee.TraineeService;
import fi.taitoura.trainee.TrainingPeriod;
import fi.taitoura.user.UserService;
import fi.taitoura.workplace.WorkUnit;
import fi.taitoura.workplace.WorkplaceService;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Karibu tests of the capacity page, the assessment form, the instrument administration and the group report. */
class CapacityViewsUiTest extends AbstractUiTest {

    @Autowired
    TraineeService trainees;
    @Autowired
    WorkplaceService workplaces;
    @Autowired
    UserService users;
    @Autowired
    InstrumentService instruments;
    @Autowired
    CapacityService capacity;

    /** The demo trainee of the finished group who was referred by asiakasvastaava (see CapacityDemoData). */
    private Long demoTrainee(String lastName) {
        runAs("valmentaja");
        return trainees.findVisibleTrainees().stream().filter(r -> r.name().contains(lastName)).findFirst()
                .map(TraineeRow::traineeId).orElseThrow();
    }

    private TrainingPeriod freshPeriod(String first) {
        runAs("valmentaja");
        WorkUnit unit = workplaces.findAllWorkUnits().stream()
                .filter(u -> u.getName().equals(CapacityDemoData.PROPERTY)).findFirst().orElseThrow();
        Trainee t = new Trainee();
        t.setFirstName(first);
        t.setLastName("Käyttöliittymä");
        t.setDateOfBirth(LocalDate.of(1992, 2, 2));
        TrainingPeriod p = new TrainingPeriod();
        p.setWorkUnitId(unit.getId());
        p.setStatus(PeriodStatus.OTHER);
        p.setServiceForm(ServiceForm.WORK_AND_EDUCATION);
        p.setStartDate(Time.today().minusWeeks(2));
        p.setPlannedEndDate(Time.today().plusMonths(2));
        p.setDaysPerWeek(4);
        p.setHoursPerDay(new BigDecimal("5.0"));
        return trainees.createTrainee(t, null, p);
    }

    private static String decodeSvg(Image image) {
        String src = image.getSrc();
        assertThat(src).startsWith("data:image/svg+xml;base64,");
        return new String(Base64.getDecoder().decode(src.substring(src.indexOf(',') + 1)), StandardCharsets.UTF_8);
    }

    @Test
    void theCoachSeesRatingsSideBySideWithDisagreementsAndTheChangeAsChartAndTable() {
        Long id = demoTrainee("Miettinen");
        login("valmentaja");
        UI.getCurrent().navigate("trainees/" + id + "/capacity");
        assertThat(_get(H2.class, spec -> spec.withClasses("capacity-trainee")).getText()).contains("Miettinen");
        _get(Section.class, spec -> spec.withId("compare-section"));
        // At the start this demo trainee rated themself 2 points higher than the coach did.
        Select<CapacityAssessment> coachSelect = _find(Select.class, spec -> spec.withClasses("select-coach")).get(0);
        Select<CapacityAssessment> selfSelect = _find(Select.class, spec -> spec.withClasses("select-self")).get(0);
        _setValue(coachSelect, coachSelect.getListDataView().getItems()
                .filter(a -> a.getPhase() == AssessmentPhase.START).findFirst().orElseThrow());
        _setValue(selfSelect, selfSelect.getListDataView().getItems()
                .filter(a -> a.getPhase() == AssessmentPhase.START).findFirst().orElseThrow());
        List<NativeTableRow> disagreements = _find(NativeTableRow.class, spec -> spec.withClasses("disagreement"));
        assertThat(disagreements).isNotEmpty();
        assertThat(disagreements.get(0).getElement().getOuterHTML()).contains("Keskustelkaa", "+2");
        _get(Section.class, spec -> spec.withId("change-section"));
        Image attendance = _get(Image.class,
                spec -> spec.withId("chart-" + InstrumentService.TAITOURA_EXAMPLE + "-attendance"));
        assertThat(decodeSvg(attendance)).contains("Läsnäolo ja täsmällisyys", "Valmentajan arvio", "Itsearvio");
        assertThat(attendance.getAlt()).hasValueSatisfying(alt -> assertThat(alt).startsWith("Kaavio: Läsnäolo"));
        assertThat(_find(Image.class, spec -> spec.withClasses("capacity-chart"))).hasSize(7 + 1);
        NativeTable change = _get(NativeTable.class, spec -> spec.withId("change-" + InstrumentService.TAITOURA_EXAMPLE));
        assertThat(change.getBody().getRowCount()).isEqualTo(7);
        assertThat(change.getElement().getOuterHTML()).contains("Arjen hallinta").containsPattern("\\+\\d");
        assertThat(GridKt._size(_get(Grid.class, spec -> spec.withId("assessments")))).isEqualTo(12);
        // The inclusion answers are listed for the coach who records them, but never scored.
        Grid<?> inclusion = _get(Grid.class, spec -> spec.withId("inclusion-responses"));
        assertThat(GridKt._size(inclusion)).isEqualTo(2);
        assertThat(_find(Image.class, spec -> spec.withId("chart-" + InstrumentService.OSALLISUUSINDIKAATTORI
                + "-inclusion"))).isEmpty();
        assertThat(_find(NativeTable.class, spec -> spec.withId("change-" + InstrumentService.OSALLISUUSINDIKAATTORI)))
                .isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theCoachRecordsAnAssessmentAndTheFormExplainsWhatIsMissing() {
        TrainingPeriod p = freshPeriod("Lomake");
        login("valmentaja");
        UI.getCurrent().navigate("trainees/" + p.getTrainee().getId() + "/capacity");
        _get(Paragraph.class, spec -> spec.withId("capacity-empty"));
        _click(_get(Button.class, spec -> spec.withId("new-assessment")));
        Dialog dialog = _get(Dialog.class);
        ComboBox<Instrument> instrument = _get(dialog, ComboBox.class, spec -> spec.withId("assessment-instrument"));
        Instrument was = instruments.findCurrent(InstrumentService.WORK_ABILITY_SCORE).orElseThrow();
        _setValue(instrument, instrument.getListDataView().getItems().filter(i -> i.getId().equals(was.getId()))
                .findFirst().orElseThrow());
        RadioButtonGroup<Rater> rater = _get(dialog, RadioButtonGroup.class, spec -> spec.withId("assessment-rater"));
        RadioButtonGroup<AssessmentPhase> phase = _get(dialog, RadioButtonGroup.class,
                spec -> spec.withId("assessment-phase"));
        RadioButtonGroup<Integer> answer = _get(dialog, RadioButtonGroup.class,
                spec -> spec.withClasses("answer-numeric"));
        // Nothing chosen: the rater (never assumed), the phase and the answer are marked.
        _click(_get(dialog, Button.class, spec -> spec.withId("save-assessment")));
        assertThat(dialog.isOpened()).isTrue();
        assertThat(rater.isInvalid()).isTrue();
        assertThat(rater.getErrorMessage()).contains("valmentajan arvio");
        assertThat(phase.isInvalid()).isTrue();
        assertThat(answer.isInvalid()).isTrue();
        assertThat(answer.getErrorMessage()).isEqualTo("Valitse vastaus.");

        // A self-assessment must say how it was entered.
        _setValue(rater, Rater.SELF);
        _setValue(phase, AssessmentPhase.START);
        _setValue(answer, 6);
        _click(_get(dialog, Button.class, spec -> spec.withId("save-assessment")));
        RadioButtonGroup<EntryMethod> method = _get(dialog, RadioButtonGroup.class,
                spec -> spec.withId("assessment-entry-method"));
        assertThat(method.isInvalid()).isTrue();
        _setValue(method, EntryMethod.WITH_TRAINEE);
        _click(_get(dialog, Button.class, spec -> spec.withId("save-assessment")));
        assertThat(dialog.isOpened()).isFalse();

        Grid<CapacityAssessment> grid = _get(Grid.class, spec -> spec.withId("assessments"));
        assertThat(GridKt._size(grid)).isEqualTo(1);
        CapacityAssessment saved = GridKt._get(grid, 0);
        assertThat(saved.getRater()).isEqualTo(Rater.SELF);
        assertThat(saved.getEntryMethod()).isEqualTo(EntryMethod.WITH_TRAINEE);
        assertThat(saved.getEnteredById()).isEqualTo(users.findByUsername("valmentaja").orElseThrow().getId());

        // A second self-assessment for the start is refused by the service, and the form stays open.
        _click(_get(Button.class, spec -> spec.withId("new-assessment")));
        Dialog again = _get(Dialog.class);
        ComboBox<Instrument> instrument2 = _get(again, ComboBox.class, spec -> spec.withId("assessment-instrument"));
        _setValue(instrument2, instrument2.getListDataView().getItems().filter(i -> i.getId().equals(was.getId()))
                .findFirst().orElseThrow());
        _setValue(_get(again, RadioButtonGroup.class, spec -> spec.withId("assessment-rater")), Rater.SELF);
        _setValue(_get(again, RadioButtonGroup.class, spec -> spec.withId("assessment-entry-method")),
                EntryMethod.FROM_PAPER);
        _setValue(_get(again, RadioButtonGroup.class, spec -> spec.withId("assessment-phase")), AssessmentPhase.START);
        _setValue(_get(again, RadioButtonGroup.class, spec -> spec.withClasses("answer-numeric")), 7);
        _click(_get(again, Button.class, spec -> spec.withId("save-assessment")));
        assertThat(again.isOpened()).isTrue();
    }

    @Test
    @SuppressWarnings("unchecked")
    void inclusionAnswersAreTheTraineesOwnAtTheStartOrTheEnd() {
        TrainingPeriod p = freshPeriod("Osallisuus");
        login("valmentaja");
        UI.getCurrent().navigate("trainees/" + p.getTrainee().getId() + "/capacity");
        _click(_get(Button.class, spec -> spec.withId("new-inclusion")));
        Dialog dialog = _get(Dialog.class);
        RadioButtonGroup<Rater> rater = _get(dialog, RadioButtonGroup.class, spec -> spec.withId("assessment-rater"));
        assertThat(rater.getValue()).isEqualTo(Rater.SELF);
        assertThat(rater.isReadOnly()).isTrue();
        RadioButtonGroup<AssessmentPhase> phase = _get(dialog, RadioButtonGroup.class,
                spec -> spec.withId("assessment-phase"));
        assertThat(phase.getListDataView().getItems().toList()).containsExactly(AssessmentPhase.START,
                AssessmentPhase.END);
        List<RadioButtonGroup> statements = _find(dialog, RadioButtonGroup.class,
                spec -> spec.withClasses("answer-levels"));
        assertThat(statements).hasSize(10);
        assertThat(statements.get(0).getLabel()).isEqualTo("Tunnen, että sillä on merkitystä, mitä minä teen.");
        assertThat(statements.get(0).getListDataView().getItems().toList()).containsExactly(1, 2, 3, 4, 5);
        _setValue(phase, AssessmentPhase.START);
        _setValue(_get(dialog, RadioButtonGroup.class, spec -> spec.withId("assessment-entry-method")),
                EntryMethod.FROM_PAPER);
        for (int i = 0; i < 9; i++) {
            _setValue(statements.get(i), 3);
        }
        _click(_get(dialog, Button.class, spec -> spec.withId("save-assessment")));
        assertThat(statements.get(9).isInvalid()).isTrue();
        _setValue(statements.get(9), 4);
        _click(_get(dialog, Button.class, spec -> spec.withId("save-assessment")));
        assertThat(dialog.isOpened()).isFalse();
        assertThat(GridKt._size(_get(Grid.class, spec -> spec.withId("inclusion-responses")))).isEqualTo(1);
        assertThat(_find(Grid.class, spec -> spec.withId("assessments"))).as("no capacity assessments yet").isEmpty();
    }

    @Test
    void theReferringCaseWorkerCannotOpenTheCapacityPage() {
        Long id = demoTrainee("Miettinen");
        login("asiakasvastaava");
        UI.getCurrent().navigate("trainees/" + id + "/capacity");
        assertThat(_get(H2.class).getText()).isEqualTo("Sivua ei löytynyt");
        assertThat(_find(Section.class, spec -> spec.withId("change-section"))).isEmpty();
        UI.getCurrent().navigate("capacity");
        assertThat(_get(H2.class).getText()).isEqualTo("Sivua ei löytynyt");
    }

    @Test
    void aCoachOfAnotherUnitFindsNoSuchPage() {
        Long id = demoTrainee("Miettinen");
        login("valmentaja2");
        UI.getCurrent().navigate("trainees/" + id + "/capacity");
        assertThat(_get(H2.class).getText()).isEqualTo("Sivua ei löytynyt");
        assertThat(_find(Section.class)).isEmpty();
    }

    @Test
    void aTeacherFindsNoSuchPage() {
        Long id = demoTrainee("Miettinen");
        login("opettaja");
        UI.getCurrent().navigate("trainees/" + id + "/capacity");
        assertThat(_get(H2.class).getText()).isEqualTo("Sivua ei löytynyt");
    }

    @Test
    void theIndexListsTheVisibleTrainees() {
        login("valmentaja");
        UI.getCurrent().navigate("capacity");
        assertThat(GridKt._size(_get(Grid.class, spec -> spec.withId("capacity-trainees")))).isGreaterThan(10);
    }

    @Test
    void theAdministratorHasNoTraineeList() {
        login("admin");
        UI.getCurrent().navigate("capacity");
        assertThat(_get(H2.class).getText()).isEqualTo("Sivua ei löytynyt");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theAdministratorDefinesAnInstrumentAndEditsAnAnsweredOneAsANewVersion() {
        login("admin");
        UI.getCurrent().navigate("admin/instruments");
        Grid<InstrumentService.InstrumentRow> grid = _get(Grid.class, spec -> spec.withId("instruments"));
        int before = GridKt._size(grid);
        assertThat(before).isGreaterThanOrEqualTo(3);

        _click(_get(Button.class, spec -> spec.withId("new-instrument")));
        Dialog dialog = _get(Dialog.class);
        _click(_get(dialog, Button.class, spec -> spec.withId("save-instrument")));
        TextField name = _get(dialog, TextField.class, spec -> spec.withLabel("Nimi (suomi)"));
        assertThat(name.isInvalid()).isTrue();
        TextField domain = _get(dialog, TextField.class, spec -> spec.withClasses("domain-name-fi"));
        assertThat(domain.isInvalid()).isTrue();
        assertThat(domain.getErrorMessage()).isEqualTo("Pakollinen tieto");
        _setValue(name, "Käyttöliittymätestin mittari");
        _setValue(domain, "Työtaidot");
        _setValue(_get(dialog, TextField.class, spec -> spec.withClasses("item-text-fi")), "Tekee työt huolellisesti");
        List<TextField> labels = _find(dialog, TextField.class, spec -> spec.withLabel("Selite (suomi)"));
        assertThat(labels).hasSize(5);
        for (int i = 0; i < labels.size(); i++) {
            _setValue(labels.get(i), "Taso " + (i + 1));
        }
        RadioButtonGroup<ScaleType> scale = _get(dialog, RadioButtonGroup.class);
        _setValue(scale, ScaleType.LEVELS);
        _click(_get(dialog, Button.class, spec -> spec.withId("save-instrument")));
        assertThat(dialog.isOpened()).isFalse();
        assertThat(GridKt._size(grid)).isEqualTo(before + 1);

        // Answer it once; then editing it is possible only as a new version.
        Instrument created = instruments.findAllVersions().stream().map(InstrumentService.InstrumentRow::instrument)
                .filter(i -> i.getName().getFi().equals("Käyttöliittymätestin mittari")).findFirst().orElseThrow();
        TrainingPeriod p = freshPeriod("Versio");
        Instrument full = instruments.get(created.getId());
        capacity.record(p.getId(), new AssessmentInput(full.getId(), AssessmentPhase.START, Time.today(),
                Rater.COACH, EntryMethod.OWN_RATING, Map.of(full.items().findFirst().orElseThrow().getId(), 3), null));
        login("admin");
        UI.getCurrent().navigate("admin/instruments");
        grid = _get(Grid.class, spec -> spec.withId("instruments"));
        int row = -1;
        for (int i = 0; i < GridKt._size(grid); i++) {
            if (GridKt._get(grid, i).instrument().getId().equals(created.getId())) {
                row = i;
            }
        }
        assertThat(GridKt._get(grid, row).locked()).isTrue();
        Dialog edit = openEditorOf(grid, row);
        _get(edit, Paragraph.class, spec -> spec.withId("locked-info"));
        Button save = _get(edit, Button.class, spec -> spec.withId("save-instrument"));
        assertThat(save.getText()).isEqualTo("Tallenna uutena versiona");
        _setValue(_get(edit, TextField.class, spec -> spec.withClasses("item-text-fi")),
                "Tekee työt huolellisesti ja ajallaan");
        _click(save);
        assertThat(edit.isOpened()).isFalse();
        assertThat(instruments.findCurrent(created.getCode()).orElseThrow().getInstrumentVersion()).isEqualTo(2);
        assertThat(instruments.get(created.getId()).items().findFirst().orElseThrow().getText().getFi())
                .isEqualTo("Tekee työt huolellisesti");
    }

    private Dialog openEditorOf(Grid<InstrumentService.InstrumentRow> grid, int row) {
        Button open = (Button) GridKt._getCellComponent(grid, row, "edit");
        _click(open);
        return _get(Dialog.class);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theOsallisuusindikaattoriIsShownReadOnly() {
        login("admin");
        UI.getCurrent().navigate("admin/instruments");
        Grid<InstrumentService.InstrumentRow> grid = _get(Grid.class, spec -> spec.withId("instruments"));
        int row = -1;
        for (int i = 0; i < GridKt._size(grid); i++) {
            if (GridKt._get(grid, i).instrument().isFixedWording()) {
                row = i;
            }
        }
        Dialog dialog = openEditorOf(grid, row);
        assertThat(_find(dialog, Button.class, spec -> spec.withId("save-instrument"))).isEmpty();
        assertThat(_find(dialog, TextField.class, spec -> spec.withClasses("item-text-fi")))
                .hasSize(10).allMatch(TextField::isReadOnly);
    }
}
