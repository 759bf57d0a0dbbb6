package fi.taitoura.workplace.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import fi.taitoura.AbstractUiTest;
import fi.taitoura.shell.NotFoundView;
import fi.taitoura.workplace.CatalogueFixture;
import fi.taitoura.workplace.EnvironmentHit;
import fi.taitoura.workplace.Organisation;
import fi.taitoura.workplace.WorkUnit;
import fi.taitoura.workplace.WorkUnitSector;
import fi.taitoura.workplace.WorkplaceService;
import fi.taitoura.workplace.WorkplaceTestData;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The work unit list and details, access by role, conflicts. */
class WorkplaceViewsUiTest extends AbstractUiTest {

    @Autowired
    WorkplaceService workplaces;
    @Autowired
    WorkplaceTestData data;
    @Autowired
    CatalogueFixture catalogue;

    private static String text(Notification n) {
        return n.getElement().getProperty("text", "") + n.getElement().getTextRecursively();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aCoachSeesOnlyTheirOwnWorkUnitsAndCannotCreateOnes() {
        login("valmentaja");
        UI.getCurrent().navigate("work-units");
        Grid<WorkUnit> grid = _get(Grid.class, spec -> spec.withId("work-units"));
        List<String> names = GridKt._fetch(grid, 0, 100).stream().map(WorkUnit::getName).toList();
        assertThat(names).containsExactlyInAnyOrder("Kiinteistö- ja ympäristöhuolto", "Kierrätyskeskus Kiertokaari");
        assertThat(_find(Button.class, spec -> spec.withId("new-work-unit"))).isEmpty();
        // another coach's unit is not found by its address
        WorkUnit food = workplaces.findAllWorkUnits().stream().filter(w -> w.getName().startsWith("Ruokapalvelut"))
                .findFirst().orElseThrow();
        UI.getCurrent().navigate("work-units/" + food.getId());
        assertThat(_find(NotFoundView.class)).hasSize(1);
        UI.getCurrent().navigate("work-units/" + food.getId() + "/recognition");
        assertThat(_find(NotFoundView.class)).hasSize(1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aTeamLeadCreatesAWorkUnitAndFillsInItsDetails() {
        login("tiiminvetaja");
        UI.getCurrent().navigate("work-units");
        Grid<WorkUnit> grid = _get(Grid.class, spec -> spec.withId("work-units"));
        assertThat(GridKt._size(grid)).isGreaterThanOrEqualTo(4);
        _click(_get(Button.class, spec -> spec.withId("new-work-unit")));
        Dialog dialog = _get(Dialog.class);
        _setValue(_get(dialog, TextField.class, spec -> spec.withLabel("Työyksikkö")), "Kalustesiirrot " + System.nanoTime());
        ComboBox<Organisation> org = _get(dialog, ComboBox.class, spec -> spec.withLabel("Organisaatio"));
        _setValue(org, workplaces.findOrganisations().stream()
                .filter(o -> o.getName().equals("Esimerkkilän kaupunki")).findFirst().orElseThrow());
        _setValue(_get(dialog, ComboBox.class, spec -> spec.withLabel("Toimiala")), WorkUnitSector.CLEARING_AND_MOVING);
        _click(_get(dialog, Button.class, spec -> spec.withId("save")));
        // now on the new unit's page
        WorkUnitView view = _get(WorkUnitView.class);
        IntegerField capacity = _get(IntegerField.class, spec -> spec.withLabel("Valmentautujia valmentajaa kohden"));
        TextField postal = _get(TextField.class, spec -> spec.withLabel("Postinumero"));
        _setValue(capacity, 40);
        _setValue(postal, "123");
        _click(_get(Button.class, spec -> spec.withId("save-work-unit")));
        assertThat(capacity.isInvalid()).isTrue();
        assertThat(postal.isInvalid()).isTrue();
        _setValue(capacity, 9);
        _setValue(postal, "12340");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Yhteyshenkilö")), "Mauri Muuttaja");
        _click(_get(Button.class, spec -> spec.withId("save-work-unit")));
        assertThat(NotificationsKt.getNotifications()).anySatisfy(n -> assertThat(text(n)).contains("Tallennettu"));
        assertThat(view.getPageTitle()).startsWith("Kalustesiirrot");
        WorkUnit saved = workplaces.findAllWorkUnits().stream().filter(w -> w.getName().equals(view.getPageTitle()))
                .findFirst().orElseThrow();
        assertThat(saved.getTraineesPerCoach()).isEqualTo(9);
        assertThat(saved.getContactName()).isEqualTo("Mauri Muuttaja");
        assertThat(saved.getSector()).isEqualTo(WorkUnitSector.CLEARING_AND_MOVING);
    }

    @Test
    void aSecondEditorGetsAConflictAndKeepsWhatTheyTyped() {
        WorkplaceTestData.Setup s = data.create("Kemiönsaari");
        login(s.coach().getUsername());
        UI.getCurrent().navigate("work-units/" + s.unit().getId());
        TextField contact = _get(TextField.class, spec -> spec.withLabel("Yhteyshenkilö"));
        _setValue(contact, "Ensimmäinen Muokkaaja");
        // someone else saves the unit meanwhile
        WorkUnit other = workplaces.findVisibleWorkUnit(s.unit().getId()).orElseThrow();
        other.setContactName("Toinen Muokkaaja");
        workplaces.saveWorkUnit(other);
        _click(_get(Button.class, spec -> spec.withId("save-work-unit")));
        assertThat(NotificationsKt.getNotifications()).anySatisfy(n -> assertThat(text(n)).contains("Joku muu muutti"));
        assertThat(contact.getValue()).isEqualTo("Ensimmäinen Muokkaaja");
        assertThat(workplaces.findVisibleWorkUnit(s.unit().getId()).orElseThrow().getContactName())
                .isEqualTo("Toinen Muokkaaja");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theEnvironmentSearchIsOpenToEverySignedInUser() {
        login("asiakasvastaava");
        UI.getCurrent().navigate("environments");
        Grid<EnvironmentHit> grid = _get(Grid.class, spec -> spec.withId("environments"));
        int all = GridKt._size(grid);
        _setValue(_get(TextField.class, spec -> spec.withId("filter-unit")), "no-such-unit-xyz");
        assertThat(GridKt._size(grid)).isZero();
        assertThat(_get(Span.class, spec -> spec.withId("environments-count")).getText()).contains("0");
        _setValue(_get(TextField.class, spec -> spec.withId("filter-unit")), "");
        assertThat(GridKt._size(grid)).isEqualTo(all);
    }
}
