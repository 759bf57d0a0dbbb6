package fi.taitoura.trainee;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import fi.taitoura.AbstractUiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CardTypesViewUiTest extends AbstractUiTest {

    @Autowired
    TraineeService service;

    @Test
    void teamLeadAddsACardTypeAndBadInputIsRefusedNextToTheField() {
        login("tiiminvetaja");
        UI.getCurrent().navigate("admin/card-types");
        Grid<?> grid = _get(Grid.class, spec -> spec.withId("card-types"));
        int before = GridKt._size(grid);
        _click(_get(Button.class, spec -> spec.withId("new-card-type")));
        Dialog dialog = _get(Dialog.class);
        TextField name = _get(dialog, TextField.class);
        IntegerField years = _get(dialog, IntegerField.class);
        _setValue(years, 80);
        _click(_get(dialog, Button.class, spec -> spec.withId("save-card-type")));
        assertThat(name.isInvalid()).isTrue();
        assertThat(years.isInvalid()).isTrue();
        _setValue(name, "Hygieniapassi");
        _setValue(years, null);
        _click(_get(dialog, Button.class, spec -> spec.withId("save-card-type")));
        assertThat(dialog.isOpened()).as("a duplicate name is refused").isTrue();
        _setValue(name, "Työkonekortti");
        _setValue(years, 5);
        _click(_get(dialog, Button.class, spec -> spec.withId("save-card-type")));
        assertThat(GridKt._size(grid)).isEqualTo(before + 1);
        assertThat(service.findCardTypes()).extracting(CardType::getName).contains("Työkonekortti");
    }

    @Test
    void aCoachCannotEditTheList() {
        login("valmentaja");
        UI.getCurrent().navigate("admin/card-types");
        assertThat(_get(H2.class).getText()).isEqualTo("Sivua ei löytynyt");
    }
}
