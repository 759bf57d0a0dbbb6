package fi.taitoura.base;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import fi.taitoura.AbstractUiTest;
import fi.taitoura.audit.AuditEntry;
import fi.taitoura.workplace.Organisation;
import fi.taitoura.workplace.OrganisationType;
import org.junit.jupiter.api.Test;

class AdminViewsUiTest extends AbstractUiTest {

    @Test
    @SuppressWarnings("unchecked")
    void thePlatformAdministratorAddsAnOrganisationAndAWorkUnit() {
        login("yllapitaja");
        UI.getCurrent().navigate("admin/organisations");
        Grid<Organisation> orgs = _get(Grid.class, spec -> spec.withId("organisations"));
        int before = GridKt._size(orgs);
        _click(_get(Button.class, spec -> spec.withId("new-organisation")));
        Dialog dialog = _get(Dialog.class);
        TextField businessId = _get(dialog, TextField.class, spec -> spec.withLabel("Y-tunnus"));
        _setValue(_get(dialog, TextField.class, spec -> spec.withLabel("Nimi")), "Testilän kunta");
        _setValue(_get(dialog, ComboBox.class), OrganisationType.MUNICIPALITY);
        _setValue(businessId, "123");
        _click(_get(dialog, Button.class, spec -> spec.withId("save")));
        assertThat(businessId.isInvalid()).isTrue();
        _setValue(businessId, "1234567-8");
        _click(_get(dialog, Button.class, spec -> spec.withId("save")));
        assertThat(dialog.isOpened()).isFalse();
        assertThat(GridKt._size(orgs)).isEqualTo(before + 1);

        Button addUnit = _get(Button.class, spec -> spec.withId("new-work-unit"));
        assertThat(addUnit.isEnabled()).isTrue();
        _click(addUnit);
        Dialog unitDialog = _get(Dialog.class);
        _setValue(_get(unitDialog, TextField.class), "Testiverstas");
        _click(_get(unitDialog, Button.class, spec -> spec.withId("save")));
        Grid<?> units = _get(Grid.class, spec -> spec.withId("work-units"));
        assertThat(GridKt._size(units)).isEqualTo(1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void adminBrowsesAndFiltersTheAuditLog() {
        login("admin");
        UI.getCurrent().navigate("admin/audit");
        Grid<AuditEntry> grid = _get(Grid.class);
        assertThat(GridKt._size(grid)).isPositive();
        _setValue(_get(TextField.class, spec -> spec.withLabel("Käyttäjä")), "no-such-user-xyz");
        assertThat(GridKt._size(grid)).isZero();
    }
}
