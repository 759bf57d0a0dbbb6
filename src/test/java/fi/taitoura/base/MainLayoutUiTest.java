package fi.taitoura.base;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import fi.taitoura.AbstractUiTest;
import fi.taitoura.base.i18n.TranslationProvider;
import fi.taitoura.base.ui.LanguageSelect;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each role sees only the navigation it may use; forbidden views look like missing ones. */
class MainLayoutUiTest extends AbstractUiTest {

    private List<String> navPaths() {
        SideNav nav = _get(SideNav.class, spec -> spec.withId("main-nav"));
        return nav.getItems().stream().map(SideNavItem::getPath).toList();
    }

    @Test
    void adminSeesAdministration() {
        login("admin");
        UI.getCurrent().navigate("");
        assertThat(navPaths()).contains("admin/users", "admin/organisations", "admin/audit");
        assertThat(_get(H2.class).getText()).isEqualTo("Tervetuloa, Aino Ahonen");
    }

    @Test
    void coachSeesNoAdministrationAndCannotOpenItByUrl() {
        login("valmentaja");
        UI.getCurrent().navigate("");
        assertThat(navPaths()).doesNotContain("admin/users", "admin/organisations", "admin/audit");
        UI.getCurrent().navigate("admin/users");
        assertThat(_get(H2.class).getText()).isEqualTo("Sivua ei löytynyt");
        assertThat(_find(com.vaadin.flow.component.grid.Grid.class)).isEmpty();
    }

    @Test
    void everyDemoRoleSignsInToItsStartPage() {
        for (String user : List.of("admin", "valmentaja", "uraagentti", "opettaja", "asiakasvastaava", "tiiminvetaja")) {
            login(user);
            UI.getCurrent().navigate("");
            assertThat(_get(H2.class).getText()).startsWith("Tervetuloa, ");
            assertThat(_find(com.vaadin.flow.component.html.H3.class)).isNotEmpty();
        }
    }

    @Test
    void theLanguageSwitchChangesTheTextAndIsRememberedForTheUser() {
        login("uraagentti");
        UI.getCurrent().navigate("");
        _setValue(_get(LanguageSelect.class), TranslationProvider.SWEDISH);
        UI.getCurrent().navigate("");
        assertThat(_get(H2.class).getText()).startsWith("Välkommen, ");
        login("uraagentti");
        UI.getCurrent().navigate("");
        assertThat(_get(H2.class).getText()).as("remembered in a new session").startsWith("Välkommen, ");
        _setValue(_get(LanguageSelect.class), TranslationProvider.ENGLISH);
        UI.getCurrent().navigate("admin/users");
        assertThat(_get(H2.class).getText()).isEqualTo("Page not found");
        UI.getCurrent().navigate("");
        _setValue(_get(LanguageSelect.class), TranslationProvider.FINNISH);
        UI.getCurrent().navigate("");
        assertThat(_get(H2.class).getText()).startsWith("Tervetuloa, ");
    }
}
