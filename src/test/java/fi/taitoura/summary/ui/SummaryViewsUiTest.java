package fi.taitoura.summary.ui;

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
}
