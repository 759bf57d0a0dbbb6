package fi.taitoura.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.PasswordField;
import fi.taitoura.AbstractUiTest;
import fi.taitoura.security.ui.ChangePasswordView;
import fi.taitoura.user.AppUser;
import fi.taitoura.security.Role;
import fi.taitoura.user.UserService;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;

/** Issue 12, finding 9: a password set by an administrator must be changed at the next sign-in. */
class PasswordChangeUiTest extends AbstractUiTest {

    private static final AtomicInteger SEQ = new AtomicInteger((int) (System.nanoTime() % 10_000));

    @Autowired
    UserService users;
    @Autowired
    AuthenticationProvider provider;

    @Test
    void anAdminSetPasswordMustBeChangedBeforeAnythingElse() {
        runAs("admin");
        AppUser u = new AppUser();
        u.setUsername("vaihto" + SEQ.incrementAndGet());
        u.setFullName("Salasana Vaihtaja");
        u.setRoles(Set.of(Role.COACH));
        users.save(u, "alkusalasana-1");
        assertThat(users.isPasswordChangeRequired(u.getUsername())).isTrue();

        login(u.getUsername());
        UI.getCurrent().navigate("trainees");
        _get(ChangePasswordView.class);
        _setValue(_get(PasswordField.class, s -> s.withId("password-current")), "alkusalasana-1");
        _setValue(_get(PasswordField.class, s -> s.withId("password-new")), "oma-uusi-salasana");
        _setValue(_get(PasswordField.class, s -> s.withId("password-repeat")), "oma-uusi-salasana");
        _click(_get(Button.class, s -> s.withId("password-save")));

        assertThat(users.isPasswordChangeRequired(u.getUsername())).isFalse();
        UI.getCurrent().navigate("trainees");
        assertThat(UI.getCurrent().getCurrentView()).isNotInstanceOf(ChangePasswordView.class);
        assertThat(provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(u.getUsername(),
                "oma-uusi-salasana")).isAuthenticated()).isTrue();
        assertThatThrownBy(() -> provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(
                u.getUsername(), "alkusalasana-1"))).isInstanceOf(AuthenticationException.class);
    }

    @Test
    void aWrongCurrentPasswordIsShownNextToTheField() {
        login("valmentaja2");
        UI.getCurrent().navigate("password");
        _setValue(_get(PasswordField.class, s -> s.withId("password-current")), "ei-tama");
        _setValue(_get(PasswordField.class, s -> s.withId("password-new")), "uusi-salasana-9");
        _setValue(_get(PasswordField.class, s -> s.withId("password-repeat")), "uusi-salasana-9");
        _click(_get(Button.class, s -> s.withId("password-save")));
        PasswordField current = _get(PasswordField.class, s -> s.withId("password-current"));
        assertThat(current.isInvalid()).isTrue();
        assertThat(_get(PasswordField.class, s -> s.withId("password-new")).getValue()).as("nothing typed is lost")
                .isEqualTo("uusi-salasana-9");
    }
}
