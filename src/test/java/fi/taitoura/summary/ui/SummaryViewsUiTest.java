package fi.taitoura.summary.ui;

import fi.taitoura.base.time.Time;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import fi.taitoura.AbstractUiTest;
import fi.taitoura.summary.SummaryService;
import fi.taitoura.summary.SummaryService.SummaryRow;
import fi.taitoura.summary.SummaryState;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class SummaryViewsUiTest extends AbstractUiTest {

    @Autowired
    SummaryService service;

    @Test
    @SuppressWarnings("unchecked")
    void careerAgentStartsEditsAndFinalisesASummary() {
        login("uraagentti");
        UI.getCurrent().navigate("summaries");
        Grid<SummaryRow> grid = _get(Grid.class, spec -> spec.withId("summaries"));
        var rows = GridKt._findAll(grid);
        int index = 0;
        while (!(rows.get(index).state() == null && rows.get(index).trainee().equals("Jenna Heikkinen"))) {
            index++;
        }
        SummaryRow row = rows.get(index);
        _click((Button) GridKt._getCellComponent(grid, index, "action"));
        assertThat(_get(H2.class).getText()).isEqualTo("Jenna Heikkinen");
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Vahvuudet")), "Oma-aloitteinen ja täsmällinen");
        _setValue(_get(Checkbox.class, spec -> spec.withLabel("Koulutus")), true);
        // Too long a section: the field says so and nothing is saved; the text typed stays.
        TextArea limitations = _get(TextArea.class, spec -> spec.withLabel("Rajoitteet ja tuen tarpeet"));
        String tooLong = "x".repeat(8001);
        _setValue(limitations, tooLong);
        _click(_get(Button.class, spec -> spec.withId("save-summary")));
        assertThat(limitations.isInvalid()).isTrue();
        assertThat(limitations.getErrorMessage()).startsWith("Enintään 8").endsWith("000 merkkiä");
        assertThat(limitations.getValue()).isEqualTo(tooLong);
        var draft = service.findRows().stream().filter(r -> r.periodId().equals(row.periodId())).findFirst()
                .orElseThrow();
        assertThat(service.require(draft.summaryId()).getStrengths()).as("nothing saved").isNull();
        _setValue(limitations, "Tarvitsee selkeät ohjeet");
        _click(_get(Button.class, spec -> spec.withId("save-summary")));
        var saved = service.findRows().stream().filter(r -> r.periodId().equals(row.periodId())).findFirst()
                .orElseThrow();
        assertThat(saved.state()).isEqualTo(SummaryState.DRAFT);
        assertThat(service.require(saved.summaryId()).getStrengths()).isEqualTo("Oma-aloitteinen ja täsmällinen");
        assertThat(service.require(saved.summaryId()).getLimitations()).isEqualTo("Tarvitsee selkeät ohjeet");
        assertThat(_find(Anchor.class).stream().anyMatch(a -> a.getText().contains("Esikatsele"))).isTrue();
    }

    @Test
    void caseWorkerSeesTheDeliveredSummaryAndCannotEdit() {
        login("asiakasvastaava");
        UI.getCurrent().navigate("summaries");
        @SuppressWarnings("unchecked")
        Grid<SummaryRow> grid = _get(Grid.class, spec -> spec.withId("summaries"));
        SummaryRow delivered = GridKt._findAll(grid).stream().filter(r -> r.state() == SummaryState.FINALISED)
                .findFirst().orElseThrow();
        UI.getCurrent().navigate("summaries/" + delivered.summaryId());
        assertThat(_get(Span.class, spec -> spec.withId("summary-state")).getText()).startsWith("Valmis");
        assertThat(_find(Button.class, spec -> spec.withId("save-summary"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("finalise-summary"))).isEmpty();
        assertThat(_find(Anchor.class).stream().anyMatch(a -> a.getText().contains("Lataa PDF"))).isTrue();
    }

    @Test
    void aTeacherCannotOpenSummaries() {
        login("opettaja");
        UI.getCurrent().navigate("summaries");
        assertThat(_get(H2.class).getText()).isEqualTo("Sivua ei löytynyt");
    }

    @Autowired
    fi.taitoura.trainee.TraineeService trainees;
    @Autowired
    fi.taitoura.user.UserService users;
    @Autowired
    fi.taitoura.workplace.WorkplaceService workplaces;

    /** A finalised summary of a new period whose referrer has no account (a name only). */
    private Long finalisedForExternalReferrer() {
        var unit = workplaces.findWorkUnits(users.findByUsername("valmentaja").orElseThrow().getWorkUnitIds())
                .stream().filter(u -> u.getName().startsWith("Kiinteistö")).findFirst().orElseThrow();
        var p = new fi.taitoura.trainee.TrainingPeriod();
        p.setWorkUnitId(unit.getId());
        p.setStatus(fi.taitoura.trainee.PeriodStatus.WORK_TRIAL);
        p.setServiceForm(fi.taitoura.trainee.ServiceForm.ASSESSMENT);
        p.setStartDate(Time.today().minusDays(14));
        p.setPlannedEndDate(Time.today().plusMonths(1));
        p.setDaysPerWeek(5);
        p.setHoursPerDay(new java.math.BigDecimal("6"));
        p.setCareerAgentId(users.findByUsername("uraagentti").orElseThrow().getId());
        p.setReferrerName("Liisa Lähettäjä");
        var t = new fi.taitoura.trainee.Trainee();
        t.setFirstName("Toimitettava");
        t.setLastName("Koosteinen");
        t.setDateOfBirth(java.time.LocalDate.of(1990, 3, 3));
        t.setConsents(java.util.EnumSet.of(fi.taitoura.trainee.Consent.SUMMARY_TO_REFERRER));
        var period = trainees.createTrainee(t, null, p);
        var draft = service.openDraft(period.getId());
        draft.setStrengths("Huolellinen");
        draft.setRecommendations(java.util.Map.of(fi.taitoura.summary.RecommendationKind.WORK, "Työkokeilu jatkuu"));
        draft = service.saveDraft(draft);
        return service.finalise(draft.getId(), draft.getVersion()).getId();
    }

    /** Issue 13: the career agent records how the PDF reached a referrer without an account; list and page show it. */
    @Test
    @SuppressWarnings("unchecked")
    void careerAgentRecordsTheDeliveryToAnExternalReferrer() {
        login("uraagentti");
        Long id = finalisedForExternalReferrer();
        UI.getCurrent().navigate("summaries/" + id);
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("summary-delivery-text"))
                .getText()).startsWith("Ei vielä toimitettu");
        _click(_get(Button.class, spec -> spec.withId("record-delivery")));
        var method = _get(com.vaadin.flow.component.select.Select.class, spec -> spec.withId("delivery-method"));
        var on = _get(com.vaadin.flow.component.datepicker.DatePicker.class, spec -> spec.withId("delivery-on"));
        var reference = _get(com.vaadin.flow.component.textfield.TextField.class,
                spec -> spec.withId("delivery-reference"));
        java.time.LocalDate today = Time.today();
        assertThat(on.getValue()).as("today by default").isEqualTo(today);
        // no way chosen: the field says so, nothing is saved, the dialog stays with what was typed
        _setValue(reference, "SP-118");
        _click(_get(Button.class, spec -> spec.withId("save-delivery")));
        assertThat(method.isInvalid()).isTrue();
        assertThat(reference.getValue()).isEqualTo("SP-118");
        assertThat(service.delivery(id)).isEmpty();
        _setValue(method, fi.taitoura.summary.DeliveryMethod.SECURE_EMAIL);
        _click(_get(Button.class, spec -> spec.withId("save-delivery")));
        assertThat(service.delivery(id)).isPresent();
        String expected = "Toimitettu " + fi.taitoura.base.ui.Formats.date(today) + " suojatulla sähköpostilla";
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("summary-delivery-text"))
                .getText()).startsWith(expected).contains("viite SP-118");
        assertThat(_get(Button.class, spec -> spec.withId("record-delivery")).getText())
                .isEqualTo("Korjaa toimitustieto");

        UI.getCurrent().navigate("summaries");
        Grid<SummaryRow> grid = _get(Grid.class, spec -> spec.withId("summaries"));
        var rows = GridKt._findAll(grid);
        int index = 0;
        while (!id.equals(rows.get(index).summaryId())) {
            index++;
        }
        assertThat(GridKt._getFormatted(grid, index, "delivery")).isEqualTo(expected);
    }

    @Test
    void theCoachSeesTheDeliveryButCannotRecordIt() {
        login("uraagentti");
        Long id = finalisedForExternalReferrer();
        login("valmentaja");
        UI.getCurrent().navigate("summaries/" + id);
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("summary-delivery-text"))
                .getText()).startsWith("Ei vielä toimitettu");
        assertThat(_find(Button.class, spec -> spec.withId("record-delivery"))).isEmpty();
    }
}
