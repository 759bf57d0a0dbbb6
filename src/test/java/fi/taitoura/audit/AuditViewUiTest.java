package fi.taitoura.audit;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.QueryParameters;
import fi.taitoura.AbstractUiTest;
import fi.taitoura.base.i18n.TranslationProvider;
import fi.taitoura.trainee.TraineeService;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Issue 12, finding 2: the log is shown in the reader's language and can be opened for one trainee. */
class AuditViewUiTest extends AbstractUiTest {

    @Autowired
    TraineeService trainees;

    @Test
    @SuppressWarnings("unchecked")
    void theLogOfOneTraineeIsShownInTheReadersLanguage() {
        runAs("valmentaja");
        Long id = trainees.findVisibleTrainees().get(0).traineeId();
        trainees.requireTraineeForRead(id);

        login("admin");
        UI.getCurrent().setLocale(TranslationProvider.SWEDISH);
        UI.getCurrent().navigate("admin/audit", QueryParameters.of("trainee", String.valueOf(id)));
        Grid<AuditEntry> grid = _get(Grid.class, spec -> spec.withId("audit-grid"));
        int rows = GridKt._size(grid);
        assertThat(rows).isPositive();
        List<String> records = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            records.add(GridKt._getFormatted(grid, i, "record"));
        }
        assertThat(String.join("|", records)).contains("Deltagare").doesNotContain("Trainee #");
    }
}
