package fi.taitoura;

import com.github.mvysny.fakeservlet.FakeHttpSession;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import java.security.Principal;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Route;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.util.ClassUtils;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * Karibu UI tests: the real views, services and database, no browser. {@link #login(String)} signs in as a demo
 * account (or {@link #anonymous()}), then {@code UI.getCurrent().navigate(...)} and Karibu's {@code _get},
 * {@code _click}, {@code _setValue}. The mock request takes its principal and roles from Spring Security, so view
 * access rules apply as in the real application.
 */
public abstract class AbstractUiTest extends AbstractIntegrationTest {

    private static final Routes ROUTES = discoverRoutes();

    /**
     * All views, error views and layouts of the application, package-private ones included (Karibu's own discovery
     * sees only public classes).
     */
    @SuppressWarnings("unchecked")
    private static Routes discoverRoutes() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
                return definition.getMetadata().isConcrete();
            }
        };
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        scanner.addIncludeFilter(new AnnotationTypeFilter(Layout.class));
        scanner.addIncludeFilter(new AssignableTypeFilter(HasErrorParameter.class));
        Set<Class<? extends Component>> views = new HashSet<>();
        Set<Class<? extends HasErrorParameter<?>>> errorViews = new HashSet<>();
        for (var definition : scanner.findCandidateComponents("fi.taitoura")) {
            Class<?> type = ClassUtils.resolveClassName(definition.getBeanClassName(), null);
            if (HasErrorParameter.class.isAssignableFrom(type)) {
                errorViews.add((Class<? extends HasErrorParameter<?>>) type);
            } else {
                views.add((Class<? extends Component>) type);
            }
        }
        return new Routes(views, errorViews, true);
    }

    @Autowired
    private ApplicationContext context;

    /** Signs in as the account and opens a fresh UI. */
    protected void login(String username) {
        MockVaadin.tearDown();
        runAs(username);
        setupVaadin();
    }

    /** Opens a fresh UI with nobody signed in. */
    protected void anonymous() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
        setupVaadin();
    }

    /** Switches the current UI's language (as the language menu does, without the page reload). */
    protected void useLocale(Locale locale) {
        UI.getCurrent().setLocale(locale);
    }

    private void setupVaadin() {
        MockVaadin.tearDown();
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        // Vaadin keeps the security context in the HTTP session: put the signed-in user there, as a real sign-in does.
        MockVaadin.setMockRequestFactory(session -> {
            if (auth != null) {
                session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                        new SecurityContextImpl(auth));
            }
            return new SecurityAwareRequest(session);
        });
        MockVaadin.setup(UI::new, new MockSpringServlet(ROUTES, context, UI::new));
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
    }

    /** A fake request whose user is whoever Spring Security says is signed in. */
    static final class SecurityAwareRequest extends FakeRequest {
        SecurityAwareRequest(FakeHttpSession session) {
            super(session);
        }

        @Override
        public Principal getUserPrincipal() {
            Authentication auth = SecurityContextHolder.getContext().getAuthentication();
            return auth == null || !auth.isAuthenticated() ? null : auth;
        }

        @Override
        public boolean isUserInRole(String role) {
            Authentication auth = SecurityContextHolder.getContext().getAuthentication();
            return auth != null && auth.getAuthorities().stream()
                    .anyMatch(a -> a.getAuthority().equals("ROLE_" + role) || a.getAuthority().equals(role));
        }
    }

    /** Selects the tab of the page's tab sheet that has the label, as a user's click on it does. */
    protected static void selectTab(String label) {
        com.vaadin.flow.component.tabs.TabSheet sheet = com.github.mvysny.kaributesting.v10.LocatorJ._get(
                com.vaadin.flow.component.tabs.TabSheet.class);
        for (int i = 0; ; i++) {
            if (sheet.getTabAt(i).getLabel().equals(label)) {
                sheet.setSelectedIndex(i);
                return;
            }
        }
    }
}
