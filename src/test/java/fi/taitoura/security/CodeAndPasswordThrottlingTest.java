package fi.taitoura.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.taitoura.AbstractIntegrationTest;
import fi.taitoura.base.BusinessRuleException;
import fi.taitoura.trainee.TraineeAccounts;
import fi.taitoura.trainee.TraineeService;
import fi.taitoura.user.AppUser;
import fi.taitoura.user.UserService;
import fi.taitoura.user.TraineeUserAccounts.ActivationCode;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.ott.OneTimeTokenAuthenticationToken;
import org.springframework.security.authentication.ott.OneTimeTokenService;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Issue #16: wrong one-time codes from one address and wrong current passwords of one account are throttled. */
class CodeAndPasswordThrottlingTest extends AbstractIntegrationTest {

    @Autowired
    OneTimeTokenService codes;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TraineeAccounts accounts;
    @Autowired
    TraineeService trainees;
    @Autowired
    UserService users;
    @Autowired
    LoginAttemptService attempts;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void clearRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    private static void from(String address) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }

    @Test
    void wrongCodesFromOneAddressAreBlockedForAWhileAndTheBlockIsAudited() {
        runAs("valmentaja");
        Long traineeId = trainees.findVisibleTrainees().stream().filter(r -> r.name().equals("Ahmed Hassan"))
                .findFirst().orElseThrow().traineeId();
        ActivationCode code = accounts.activate(traineeId);
        // three free wrong codes per address in this test's lock-out (20 in the application)
        ThrottlingOneTimeTokenProvider provider = new ThrottlingOneTimeTokenProvider(codes, userDetailsService,
                new LoginAttemptService(Clock.fixed(java.time.Instant.now(), ZoneOffset.UTC), 5, 3, 300), events);
        long blockedBefore = jdbc.queryForObject("select count(*) from audit_log where action = 'SIGN_IN_BLOCKED'"
                + " and details = 'reason=code-address'", Long.class);
        from("203.0.113.7");
        for (String wrong : new String[] {"AAAA-BBBB-CCCC", "DDDD-EEEE-FFFF", "GGGG-HHHH-JJJJ"}) {
            assertThatThrownBy(() -> provider.authenticate(OneTimeTokenAuthenticationToken.unauthenticated(wrong)))
                    .isInstanceOf(AuthenticationException.class).isNotInstanceOf(LoginThrottledException.class);
        }
        assertThatThrownBy(() -> provider.authenticate(OneTimeTokenAuthenticationToken.unauthenticated(code.code())))
                .as("even the right code waits while the address is blocked")
                .isInstanceOf(LoginThrottledException.class)
                .satisfies(e -> assertThat(((LoginThrottledException) e).getSeconds()).isBetween(1L, 31L));
        assertThat(jdbc.queryForObject("select count(*) from audit_log where action = 'SIGN_IN_BLOCKED'"
                + " and details = 'reason=code-address'", Long.class)).isEqualTo(blockedBefore + 1);
        assertThat(jdbc.queryForObject("select count(*) from audit_log where details like ?", Long.class,
                "%AAAA%")).as("no typed code in the log").isZero();
        // the code was not used up by the blocked attempt: from another address it signs in
        from("198.51.100.9");
        Authentication signedIn = provider.authenticate(OneTimeTokenAuthenticationToken.unauthenticated(code.code()));
        assertThat(signedIn.getName()).isEqualTo(code.username());
    }

    @Test
    void wrongCurrentPasswordsOfOneAccountAreBlockedWithAPlainMessage() {
        runAs("admin");
        AppUser u = new AppUser();
        u.setUsername("svc-throttle-" + System.nanoTime() % 100000);
        u.setFullName("Salasana Kokeilija");
        u.setRoles(Set.of(Role.COACH));
        String name = users.save(u, "alkuperainen-1").getUsername();
        runAs(name);
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> users.changeOwnPassword(name, "vaara-salasana", "uusi-salasana-1", null))
                    .isInstanceOf(BusinessRuleException.class)
                    .extracting(e -> ((BusinessRuleException) e).getMessageKey()).isEqualTo("password.error.current");
        }
        assertThatThrownBy(() -> users.changeOwnPassword(name, "alkuperainen-1", "uusi-salasana-1", null))
                .as("blocked even with the right password, for a while").isInstanceOf(BusinessRuleException.class)
                .extracting(e -> ((BusinessRuleException) e).getMessageKey()).isEqualTo("password.error.throttled");
        Long id = users.findByUsername(name).orElseThrow().getId();
        assertThat(attempts.check("u:" + id, null)).as("the sign-in of the account waits too").isNotNull();
        assertThat(jdbc.queryForObject("select count(*) from audit_log where action = 'SIGN_IN_BLOCKED' and actor = ?"
                + " and details = 'reason=passwordChange'", Long.class, name)).isEqualTo(1);
    }
}
