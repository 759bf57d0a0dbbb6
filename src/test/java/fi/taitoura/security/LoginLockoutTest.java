package fi.taitoura.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.taitoura.AbstractIntegrationTest;
import fi.taitoura.audit.AuditAction;
import fi.taitoura.audit.AuditFilter;
import fi.taitoura.audit.AuditService;
import fi.taitoura.user.AppUser;
import fi.taitoura.security.Role;
import fi.taitoura.user.UserService;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.transaction.support.TransactionTemplate;

/** Issue 12, finding 3: the lock-out cannot be bypassed by spelling the user name differently. */
class LoginLockoutTest extends AbstractIntegrationTest {

    private static final AtomicInteger SEQ = new AtomicInteger((int) (System.nanoTime() % 10_000));

    @Autowired
    AuthenticationProvider provider;
    @Autowired
    UserService users;
    @Autowired
    AuditService audit;
    @Autowired
    LoginAttemptService attempts;
    @Autowired
    TransactionTemplate tx;

    private String account(String name) {
        runAs("admin");
        var organisation = users.findByUsername("admin").orElseThrow().getOrganisationId();
        tx.executeWithoutResult(s -> users.createDemoUser(name, "Lukittava " + name, "oikea-salasana-1",
                Set.of(Role.COACH), organisation, Set.of()));
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
        return name;
    }

    private Authentication signIn(String name, String password, String address) {
        UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.unauthenticated(name,
                password);
        token.setDetails(new WebAuthenticationDetails(address, null));
        return provider.authenticate(token);
    }

    @Test
    void accentedAndFullWidthSpellingsDoNotReachTheLockedAccount() {
        String name = account("lukko" + SEQ.incrementAndGet());
        for (int i = 0; i < 5; i++) {
            int n = i;
            assertThatThrownBy(() -> signIn(name, "vaara-" + n, "10.12.0." + n))
                    .isInstanceOf(AuthenticationException.class);
        }
        assertThatThrownBy(() -> signIn(name, "oikea-salasana-1", "10.12.1.1"))
                .isInstanceOf(LoginThrottledException.class);
        assertThatThrownBy(() -> signIn(name.toUpperCase(), "oikea-salasana-1", "10.12.1.2"))
                .as("upper case is the same account, so the same counter").isInstanceOf(LoginThrottledException.class);
        String accented = "lükko" + name.substring(5);
        assertThatThrownBy(() -> signIn(accented, "oikea-salasana-1", "10.12.1.3"))
                .as("an accent does not reach the account past the lock-out")
                .isInstanceOf(AuthenticationException.class);
        StringBuilder fullWidth = new StringBuilder();
        name.chars().forEach(c -> fullWidth.append(c >= 'a' && c <= 'z' ? (char) (c - 'a' + 'ａ')
                : c >= '0' && c <= '9' ? (char) (c - '0' + '０') : (char) c));
        assertThatThrownBy(() -> signIn(fullWidth.toString(), "oikea-salasana-1", "10.12.1.4"))
                .as("full-width letters do not reach the account").isInstanceOf(AuthenticationException.class);

        runAs("admin");
        assertThat(users.findByUsername(accented)).as("user names compare byte for byte").isEmpty();
        var throttled = audit.search(new AuditFilter(name, "Session", null, null, AuditAction.SIGN_IN_BLOCKED,
                null, null), PageRequest.of(0, 10));
        assertThat(throttled).as("throttled attempts are audited against the account").hasSizeGreaterThanOrEqualTo(2)
                .allSatisfy(e -> assertThat(e.getDetails()).isEqualTo("reason=account"));
    }

    @Test
    void aCorrectPasswordSignsInAndAnUnknownTypedNameIsNeverLogged() {
        String name = account("avain" + SEQ.incrementAndGet());
        assertThat(signIn(" " + name.toUpperCase() + " ", "oikea-salasana-1", "10.13.0.1").isAuthenticated())
                .isTrue();
        String typed = "Salasana123 " + name;
        assertThatThrownBy(() -> signIn(typed, "x", "10.13.0.2")).isInstanceOf(AuthenticationException.class);
        runAs("admin");
        assertThat(audit.search(new AuditFilter("salasana123", null, null, null, null, null, null),
                PageRequest.of(0, 5))).as("text typed as a user name is not written to the log").isEmpty();
    }

    @Test
    void hugeUserNamesAreRefusedWithoutBeingKept() {
        long before = attempts.trackedKeys();
        String huge = "a".repeat(1_000_000);
        for (int i = 0; i < 40; i++) {
            int n = i;
            assertThatThrownBy(() -> signIn(huge + n, "x", "10.14.0.1"))
                    .isInstanceOf(AuthenticationException.class);
        }
        assertThat(attempts.trackedKeys()).as("only the address is counted, never the name")
                .isLessThanOrEqualTo(before + 1);
    }

    @Test
    void theUserNameRuleIsEnforcedWhenAccountsAreCreated() {
        runAs("admin");
        AppUser u = new AppUser();
        u.setUsername("välmentaja");
        u.setFullName("Ei Kelpaa");
        u.setRoles(Set.of(Role.COACH));
        assertThatThrownBy(() -> users.save(u, "salasana-123"))
                .isInstanceOf(fi.taitoura.base.BusinessRuleException.class)
                .hasMessageContaining("user.error.usernamePattern");
    }
}
