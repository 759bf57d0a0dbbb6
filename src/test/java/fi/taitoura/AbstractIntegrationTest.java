package fi.taitoura;

import fi.taitoura.user.UserAccountDetailsService;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * Base of every test that needs the application: one Spring context for the whole suite (same configuration
 * everywhere, never {@code @DirtiesContext}), so the real MariaDB starts once per test JVM. The demo data set is
 * loaded, so the demo accounts exist: act as any of them with {@link #runAs(String)}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestClock.Configuration.class)
public abstract class AbstractIntegrationTest {

    @Autowired
    protected UserAccountDetailsService userDetailsService;

    /** The application's clock: {@code clock.fix(instant)} sets the time for one test. */
    @Autowired
    protected TestClock clock;

    /** Acts as the given account (its real roles from the database) for service calls. */
    protected void runAs(String username) {
        UserDetails user = userDetailsService.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    @AfterEach
    void clearSecurityContext() {
        SecurityContextHolder.clearContext();
        clock.reset();
    }
}
