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
    @Autowired
    TraineeUserAccounts traineeAccounts;

    /** The bug of issue #16's first slice: saving a trainee's account in the users view dropped its only role. */
    @Test
    @SuppressWarnings("unchecked")
    void editingATraineeAccountKeepsItsRoleAndOffersNoRoleToChange() {
        runAs("valmentaja");
        Long organisation = users.findByUsername("valmentaja").orElseThrow().getOrganisationId();
        Long id = traineeAccounts.createAccount("Uiaino", "Uiaino Testinen", organisation);
        login("admin");
        UI.getCurrent().navigate("admin/users");
        Grid<AppUser> grid = _get(Grid.class);
        java.util.List<AppUser> rows = GridKt._findAll(grid);
        int row = java.util.stream.IntStream.range(0, rows.size()).filter(i -> rows.get(i).getId().equals(id))
                .findFirst().orElseThrow();
        GridKt._clickItem(grid, row, 1, false, false, false, false);
        Dialog dialog = _get(Dialog.class);
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(dialog, CheckboxGroup.class,
                spec -> spec.withLabel("Roolit"))).as("no roles to tick on a trainee's account").allMatch(c -> !c.isVisible());
        _setValue(_get(dialog, TextField.class, spec -> spec.withLabel("Puhelin")), "040 1234567");
        _click(_get(dialog, Button.class, spec -> spec.withId("save-user")));
        assertThat(dialog.isOpened()).isFalse();
        runAs("admin");
        AppUser saved = users.findById(id).orElseThrow();
        assertThat(saved.getRoles()).containsExactly(Role.TRAINEE);
        assertThat(saved.getPhone()).isEqualTo("040 1234567");
    }

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
