package fi.taitoura.security;

import fi.taitoura.user.SessionRegistry;

import static org.assertj.core.api.Assertions.assertThat;

import fi.taitoura.AbstractIntegrationTest;
import fi.taitoura.user.AppUser;
import fi.taitoura.security.Role;
import fi.taitoura.user.UserService;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 12, findings 4 and 9 over real HTTP: security headers on every response, CSRF on the sign-in form, no
 * actuator path, and a change of an account's access ends its open sessions.
 */
class WebSecurityTest extends AbstractIntegrationTest {

    private static final AtomicInteger SEQ = new AtomicInteger((int) (System.nanoTime() % 10_000));
    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    @LocalServerPort
    int port;
    @Autowired
    UserService users;
    @Autowired
    SessionRegistry sessions;

    private HttpClient client() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    private HttpResponse<String> get(HttpClient c, String path) throws Exception {
        return c.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> postLogin(HttpClient c, String user, String password, String csrf) throws Exception {
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8)
                + (csrf == null ? "" : "&_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8));
        return c.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private String csrfFromLoginPage(HttpClient c) throws Exception {
        HttpResponse<String> page = get(c, "/login");
        Matcher m = CSRF.matcher(page.body());
        assertThat(m.find()).as("the sign-in page carries the CSRF token for its form").isTrue();
        return m.group(1);
    }

    /** Signs in over HTTP and returns the client holding the session cookie. */
    private HttpClient signedIn(String user, String password) throws Exception {
        HttpClient c = client();
        HttpResponse<String> r = postLogin(c, user, password, csrfFromLoginPage(c));
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(r.headers().firstValue("Location").orElse("")).doesNotContain("error");
        assertThat(get(c, "/").statusCode()).as("signed in").isEqualTo(200);
        return c;
    }

    private AppUser newUser(String prefix) {
        runAs("admin");
        AppUser u = new AppUser();
        u.setUsername(prefix + SEQ.incrementAndGet());
        u.setFullName("Istunto Testi");
        u.setRoles(Set.of(Role.COACH));
        return users.save(u, "salasana-12345");
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() throws Exception {
        HttpClient c = client();
        for (String path : new String[] {"/login", "/verify/ABCD-EFGH-JKMN", "/"}) {
            HttpResponse<String> r = get(c, path);
            System.out.println("HEADERS " + path + " " + r.statusCode() + " " + r.headers().map());
            assertThat(r.headers().firstValue("Content-Security-Policy")).as(path).get().asString()
                    .contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'");
            assertThat(r.headers().firstValue("X-Frame-Options")).as(path).contains("DENY");
            assertThat(r.headers().firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
            assertThat(r.headers().firstValue("Referrer-Policy")).as(path).isPresent();
            assertThat(r.headers().firstValue("Permissions-Policy")).as(path).get().asString()
                    .contains("camera=()");
        }
    }

    @Test
    void theSignInFormNeedsTheCsrfToken() throws Exception {
        HttpClient c = client();
        get(c, "/login");
        HttpResponse<String> forged = postLogin(c, "valmentaja", "demo", null);
        assertThat(forged.statusCode()).as("a sign-in posted from another site is refused").isEqualTo(403);
        signedIn("valmentaja", "demo");
    }

    @Test
    void noActuatorPathIsOpen() throws Exception {
        HttpResponse<String> r = get(client(), "/actuator/health");
        assertThat(r.statusCode()).as("nothing is permitted under /actuator").isEqualTo(302);
        assertThat(r.headers().firstValue("Location").orElse("")).endsWith("/login");
    }

    @Test
    void deactivatingAUserEndsTheirOpenSession() throws Exception {
        AppUser u = newUser("istunto");
        HttpClient browser = signedIn(u.getUsername(), "salasana-12345");
        assertThat(sessions.openSessions(u.getId())).isEqualTo(1);
        runAs("admin");
        users.setActive(u.getId(), false);
        HttpResponse<String> after = get(browser, "/");
        assertThat(after.statusCode()).as("the next request is signed out").isEqualTo(302);
        assertThat(after.headers().firstValue("Location").orElse("")).endsWith("/login");
    }

    @Test
    void changingRolesOrResettingThePasswordEndsTheirOpenSessions() throws Exception {
        AppUser u = newUser("rooli");
        HttpClient first = signedIn(u.getUsername(), "salasana-12345");
        runAs("admin");
        AppUser edited = users.findById(u.getId()).orElseThrow();
        edited.setRoles(Set.of(Role.COACH, Role.TEAM_LEAD));
        users.save(edited, null);
        assertThat(get(first, "/").statusCode()).as("roles changed: signed out").isEqualTo(302);

        HttpClient second = signedIn(u.getUsername(), "salasana-12345");
        runAs("admin");
        users.resetPassword(u.getId());
        assertThat(get(second, "/").statusCode()).as("password reset: signed out").isEqualTo(302);
    }

    @Test
    void idleSessionsCloseSoonOnSharedTablets(@Value("${vaadin.closeIdleSessions}") boolean closeIdle,
                                              @Value("${server.servlet.session.timeout}") java.time.Duration timeout) {
        assertThat(closeIdle).as("heartbeats do not keep an idle session open").isTrue();
        assertThat(timeout).isLessThanOrEqualTo(java.time.Duration.ofMinutes(30));
    }
}
