package fi.taitoura.reporting.ui;

import fi.taitoura.base.time.Time;
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
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import fi.taitoura.AbstractUiTest;
import fi.taitoura.base.report.ReportingWindow;
import fi.taitoura.base.report.ReportingWindows;
import fi.taitoura.fidelity.FidelityRecords.ReviewRow;
import fi.taitoura.reporting.ReportFixture;
import fi.taitoura.workplace.WorkplaceService.UnitRef;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The team lead's pages in Karibu: /reports with its filter and figures, the fidelity review and the survey. */
class ReportsViewsUiTest extends AbstractUiTest {

    @Autowired
    ReportFixture fixture;
    @Autowired
    ReportingWindows windows;

    private static ReportFixture.Data data;

    private ReportFixture.Data data() {
        if (data == null) {
            data = fixture.create();
        }
        return data;
    }

    @Test
    void theStartPageLeadsTheTeamLeadToTheReports() {
        login("tiiminvetaja");
        UI.getCurrent().navigate("");
        assertThat(_get(Paragraph.class, spec -> spec.withText(
                "Seuraat Raportit-sivulla tiimisi valmentautujamääriä, tuloksia ja laatukriteeriarviointeja, "
                        + "lataat ne Excel- tai CSV-tiedostoksi rahoittajaa varten ja hallinnoit työyksiköitä."))
                .isVisible()).isTrue();
        assertThat(_get(SideNav.class).getItems()).anyMatch(i -> i.getLabel().equals("Raportit")
                && i.getPath().equals("reports"));
    }

    @Test
    void theTeamLeadOfASupportedEmploymentTeamSeesItsIpsMeasures() {
        login("tiiminvetaja");
        UI.getCurrent().navigate("reports");
        _setValue(_get(DatePicker.class, spec -> spec.withId("report-from")), Time.today().minusYears(2));
        _click(_get(Button.class, spec -> spec.withId("show-report")));
        String html = _get(NativeTable.class, spec -> spec.withId("report-ips-table")).getElement().getOuterHTML();
        assertThat(html).contains("Työhönvalmennustiimi Esimerkkilä").contains("Hanna Harju");
        assertThat(_get(NativeTable.class, spec -> spec.withId("report-ips-funder-table"))).isNotNull();
        assertThat(_find(Anchor.class, spec -> spec.withId("download-csv-ips"))).hasSize(1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theTeamLeadFiltersTheFollowUpTableAndSeesTheOverloadedCoach() {
        ReportFixture.Data d = data();
        login(d.teamLead().getUsername());
        UI.getCurrent().navigate("reports");
        assertThat(_get(NativeTable.class, spec -> spec.withId("report-environments-table"))).isNotNull();
        _setValue(_get(DatePicker.class, spec -> spec.withId("report-from")), ReportFixture.FROM);
        _setValue(_get(DatePicker.class, spec -> spec.withId("report-to")), ReportFixture.TO);
        _click(_get(Button.class, spec -> spec.withId("show-report")));
        NativeTable env = _get(NativeTable.class, spec -> spec.withId("report-environments-table"));
        String html = env.getElement().getOuterHTML().replace("&nbsp;", "\u00a0");
        assertThat(html).contains(d.u1().getName()).contains(d.coachA().getFullName()).contains("3 / 2 ⚠")
                .contains("80\u00a0%");
        assertThat(_get(Image.class, spec -> spec.withId("report-chart-load")).getSrc())
                .startsWith("data:image/svg+xml;base64,");
        assertThat(_get(Image.class, spec -> spec.withId("report-chart-outcomes"))).isNotNull();
        assertThat(_get(NativeTable.class, spec -> spec.withId("report-funder-table")).getElement().getOuterHTML())
                .contains("Kuntouttava työtoiminta");
        assertThat(_get(Anchor.class, spec -> spec.withId("download-xlsx")).getText()).contains("xlsx");
        assertThat(_find(Anchor.class, spec -> spec.withId("download-csv-funder"))).hasSize(1);
        assertThat(_get(Paragraph.class, spec -> spec.withId("report-scope")).getText())
                .contains(d.organisation().getName());

        // one unit and one coach
        ComboBox<UnitRef> unit = _get(ComboBox.class, spec -> spec.withId("report-unit"));
        _setValue(unit, unit.getListDataView().getItems().filter(w -> w.id().equals(d.u1().getId()))
                .findFirst().orElseThrow());
        ComboBox<Object> coach = _get(ComboBox.class, spec -> spec.withId("report-coach"));
        _setValue(coach, coach.getListDataView().getItems().filter(c -> c.toString().contains(
                d.coachB().getFullName())).findFirst().orElseThrow());
        _click(_get(Button.class, spec -> spec.withId("show-report")));
        html = _get(NativeTable.class, spec -> spec.withId("report-environments-table")).getElement().getOuterHTML();
        assertThat(html).doesNotContain(d.coachA().getFullName()).contains(d.coachB().getFullName());
    }

    @Test
    void aWrongRangeIsExplainedNextToTheField() {
        login("tiiminvetaja");
        UI.getCurrent().navigate("reports");
        DatePicker to = _get(DatePicker.class, spec -> spec.withId("report-to"));
        _setValue(_get(DatePicker.class, spec -> spec.withId("report-from")), Time.today());
        _setValue(to, Time.today().minusDays(3));
        _click(_get(Button.class, spec -> spec.withId("show-report")));
        assertThat(to.isInvalid()).isTrue();
        assertThat(to.getErrorMessage()).isEqualTo("Loppu ei voi olla ennen alkua.");
        assertThat(_find(NativeTable.class)).isEmpty();
    }

    @Test
    void coachesAndCaseWorkersDoNotSeeTheReports() {
        login("valmentaja");
        UI.getCurrent().navigate("reports");
        assertThat(_get(H2.class).getText()).isEqualTo("Sivua ei löytynyt");
        login("asiakasvastaava");
        UI.getCurrent().navigate("reports/inclusion");
        assertThat(_get(H2.class).getText()).isEqualTo("Sivua ei löytynyt");
        UI.getCurrent().navigate("reports/fidelity");
        assertThat(_get(H2.class).getText()).isEqualTo("Sivua ei löytynyt");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theFidelityReviewsShowTheTrendAndTheDraftUpdatesItsTotalAsScored() {
        login("tiiminvetaja");
        UI.getCurrent().navigate("reports/fidelity");
        Grid<ReviewRow> grid = _get(Grid.class, spec -> spec.withId("review-grid"));
        assertThat(GridKt._size(grid)).isGreaterThanOrEqualTo(3);
        assertThat(_get(Image.class, spec -> spec.withId("fidelity-trend"))).isNotNull();
        ReviewRow draft = null;
        for (int i = 0; i < GridKt._size(grid); i++) {
            ReviewRow r = GridKt._get(grid, i);
            if (r.state().name().equals("DRAFT") && r.serviceName().startsWith("Työhönvalmennus, Esimerkkilän")) {
                draft = r;
            }
            if (r.state().name().equals("FINAL") && r.totals().getFirst().total() == 97) {
                assertThat(r.totals().getFirst().band()).isEqualTo("Kohtalainen");
            }
        }
        assertThat(draft).isNotNull();
        UI.getCurrent().navigate("reports/fidelity/" + draft.id());
        Span total = _get(Span.class, spec -> spec.withId("total-employment"));
        assertThat(total.getText()).contains("/ 125").contains("11/25");
        assertThat(_get(Paragraph.class, spec -> spec.withId("working-text-note")).getText()).contains("TYÖVERSIO");
        RadioButtonGroup<Integer> item12 = (RadioButtonGroup<Integer>) _get(
                com.vaadin.flow.component.html.Div.class, spec -> spec.withId("item-12")).getChildren()
                .flatMap(c -> java.util.stream.Stream.concat(java.util.stream.Stream.of(c), c.getChildren()))
                .filter(c -> c instanceof RadioButtonGroup).findFirst().orElseThrow();
        String before = total.getText();
        _setValue(item12, 5);
        assertThat(_get(Span.class, spec -> spec.withId("total-employment")).getText()).isNotEqualTo(before)
                .contains("12/25");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theSurveyReportShowsTheDemoGroupAndExplainsTheSmallOne() {
        login("tiiminvetaja");
        UI.getCurrent().navigate("reports/inclusion");
        // opened with nothing picked: the whole organisation, already shown (issue 13)
        assertThat(_get(RadioButtonGroup.class, spec -> spec.withId("report-group-type")).getValue().toString())
                .isEqualTo("ORGANISATION");
        assertThat(_get(ComboBox.class, spec -> spec.withId("report-organisation")).getValue()).isNotNull();
        assertThat(_get(Paragraph.class, spec -> spec.withId("report-respondents"))).isNotNull();
        assertThat(_find(com.vaadin.flow.component.html.H3.class)).anyMatch(h -> h.getText()
                .startsWith("Esimerkkilän kaupunki"));
        ReportingWindow demo = windows.containing(Time.today().minusMonths(2).minusWeeks(3));
        Select<ReportingWindow> window = _get(Select.class, spec -> spec.withId("report-window"));
        _setValue(window, demo);
        _setValue(_get(RadioButtonGroup.class, spec -> spec.withId("report-group-type")),
                _get(RadioButtonGroup.class, spec -> spec.withId("report-group-type")).getListDataView().getItem(0));
        ComboBox<UnitRef> unit = _get(ComboBox.class, spec -> spec.withId("report-unit"));
        _click(_get(Button.class, spec -> spec.withId("show-report")));
        assertThat(unit.isInvalid()).isTrue();
        _setValue(unit, unit.getListDataView().getItems().filter(u -> u.name().startsWith("Kiinteistö"))
                .findFirst().orElseThrow());
        _click(_get(Button.class, spec -> spec.withId("show-report")));
        NativeTable table = _get(NativeTable.class, spec -> spec.withId("report-table"));
        assertThat(table.getBody().getRowCount()).isEqualTo(10);
        assertThat(table.getElement().getOuterHTML()).contains("Muut ihmiset luottavat minuun.");
        assertThat(_find(Paragraph.class, spec -> spec.withId("report-withheld"))).isEmpty();
        assertThat(_get(NativeTable.class, spec -> spec.withId("survey-relationships")).getElement()
                .getOuterHTML()).contains("Kuinka tyytyväinen olet ihmissuhteisiisi?");
        assertThat(_get(Anchor.class, spec -> spec.withId("download-survey-xlsx"))).isNotNull();

        _setValue(unit, unit.getListDataView().getItems().filter(u -> u.name().startsWith("Kierrätys"))
                .findFirst().orElseThrow());
        _click(_get(Button.class, spec -> spec.withId("show-report")));
        assertThat(_find(NativeTable.class, spec -> spec.withId("report-table"))).isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withId("report-withheld")).getText())
                .contains("vähimmäismäärä on 7");
        assertThat(_get(Paragraph.class, spec -> spec.withId("survey-withheld")).getText())
                .contains("vähimmäismäärä on 7");
    }
}
