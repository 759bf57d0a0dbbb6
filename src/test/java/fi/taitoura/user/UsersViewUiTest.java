package fi.taitoura.user;

import fi.taitoura.security.Role;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import fi.taitoura.AbstractUiTest;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class UsersViewUiTest extends AbstractUiTest {

    @Autowired
    UserService users;

    @Test
    @SuppressWarnings("unchecked")
    void adminCreatesAUserAndBadInputGetsMessagesNextToTheFields() {
        login("admin");
        UI.getCurrent().navigate("admin/users");
        Grid<AppUser> grid = _get(Grid.class);
        int before = GridKt._size(grid);
        _click(_get(Button.class, spec -> spec.withId("new-user")));
        Dialog dialog = _get(Dialog.class);
        TextField username = _get(dialog, TextField.class, spec -> spec.withLabel("Käyttäjätunnus"));
        TextField fullName = _get(dialog, TextField.class, spec -> spec.withLabel("Nimi"));
        PasswordField password = _get(dialog, PasswordField.class, spec -> spec.withLabel("Salasana"));

        _setValue(username, "Iso Kirjain");
        _setValue(password, "lyhyt");
        _click(_get(dialog, Button.class, spec -> spec.withId("save-user")));
        assertThat(username.isInvalid()).isTrue();
        assertThat(fullName.isInvalid()).isTrue();
        assertThat(fullName.getErrorMessage()).isEqualTo("Pakollinen tieto");
        assertThat(password.isInvalid()).isTrue();
        assertThat(dialog.isOpened()).isTrue();

        _setValue(username, "ui-uusi");
        _setValue(fullName, "Uusi Käyttäjä");
        _setValue(password, "hyva-salasana-1");
        CheckboxGroup<Role> roles = _get(dialog, CheckboxGroup.class);
        _setValue(roles, Set.of(Role.COACH));
        _click(_get(dialog, Button.class, spec -> spec.withId("save-user")));
        assertThat(dialog.isOpened()).isFalse();
        assertThat(GridKt._size(grid)).isEqualTo(before + 1);
        runAs("admin");
        assertThat(users.findAll()).extracting(AppUser::getUsername).contains("ui-uusi");
    }
}
