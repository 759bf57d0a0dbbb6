package fi.taitoura.shell;

import fi.taitoura.base.ui.LanguageSelect;
import fi.taitoura.base.ui.UnsavedChanges;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.spring.security.AuthenticationContext;
import fi.taitoura.base.i18n.LocaleSupport;
import fi.taitoura.base.i18n.TranslationProvider;
import fi.taitoura.security.CurrentUser;
import jakarta.annotation.security.PermitAll;
import java.util.stream.Collectors;

/**
 * The frame around every signed-in view: the navigation (only what the user's roles may open), the signed-in
 * user and role, the language switch and sign-out. On a phone the navigation folds into a drawer.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final H1 viewTitle = new H1();

    public MainLayout(CurrentUser currentUser, AuthenticationContext authenticationContext,
                      LocaleSupport localeSupport, TranslationProvider translations) {
        setPrimarySection(Section.DRAWER);
        addClassName("main-layout");

        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("nav.toggle"));
        viewTitle.addClassName("view-title");

        String roles = currentUser.roles().stream().sorted().map(r -> translations.enumLabel(r, getLocale()))
                .collect(Collectors.joining(", "));
        Span name = new Span(currentUser.principal().map(p -> p.getFullName()).orElse(""));
        name.addClassName("user-name");
        Span role = new Span(roles);
        role.addClassName("user-role");
        Div who = new Div(name, role);
        who.addClassName("user-box");

        Button signOut = new Button(getTranslation("nav.signOut"), VaadinIcon.SIGN_OUT.create(),
                e -> signOut(authenticationContext));
        signOut.addThemeVariants(ButtonVariant.TERTIARY);
        signOut.setId("sign-out");

        HorizontalLayout header = new HorizontalLayout(toggle, viewTitle, who, new LanguageSelect(localeSupport), signOut);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.expand(viewTitle);
        header.setWidthFull();
        header.addClassName("app-header");
        addToNavbar(header);

        Span appName = new Span("Taitoura");
        appName.addClassName("app-name");
        SideNav nav = new SideNav();
        nav.setLabel(getTranslation("nav.label"));
        // The views' @Menu entries; MenuConfiguration lists only those the user's roles may open (@RolesAllowed).
        // A trainee (issue #16) sees only their own pages (me/...), never the staff pages open to every account.
        boolean trainee = currentUser.hasRole(fi.taitoura.security.Role.TRAINEE);
        MenuConfiguration.getMenuEntries().forEach(entry -> {
            String path = entry.path().startsWith("/") ? entry.path().substring(1) : entry.path();
            if (trainee && !path.startsWith("me")) {
                return;
            }
            nav.addItem(entry.icon() == null ? new SideNavItem(getTranslation(entry.title()), path)
                    : new SideNavItem(getTranslation(entry.title()), path, new Icon(entry.icon())));
        });
        nav.setId("main-nav");
        Div drawer = new Div(appName, nav);
        drawer.addClassName("drawer");
        addToDrawer(drawer);
    }

    /** Signing out of a view with unsaved entries asks first, as leaving it through the menu does. */
    private void signOut(AuthenticationContext authenticationContext) {
        if (getContent() instanceof UnsavedChanges view && view.hasUnsavedChanges()) {
            ConfirmDialog dialog = new ConfirmDialog(getTranslation("unsaved.signOut.title"),
                    getTranslation("unsaved.signOut.text"), getTranslation("unsaved.signOut.confirm"), e -> {
                        getUI().ifPresent(ui -> UnsavedChanges.warnOnUnload(ui, false));
                        authenticationContext.logout();
                    });
            dialog.setCancelable(true);
            dialog.setCancelText(getTranslation("common.cancel"));
            dialog.setConfirmButtonTheme("error primary");
            dialog.setId("sign-out-unsaved");
            dialog.open();
        } else {
            authenticationContext.logout();
        }
    }

    /** The view is the page's main landmark (screen readers jump to it; axe's landmark rules). */
    @Override
    public void showRouterLayoutContent(com.vaadin.flow.component.HasElement content) {
        super.showRouterLayoutContent(content);
        if (content != null) {
            content.getElement().setAttribute("role", "main");
        }
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        // The browser tab gets the same title from Vaadin's router (HasDynamicTitle); the header shows it too.
        viewTitle.setText(getContent() instanceof HasDynamicTitle t ? t.getPageTitle() : "");
    }
}
