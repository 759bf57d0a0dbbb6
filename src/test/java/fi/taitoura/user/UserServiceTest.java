package fi.taitoura.user;

import fi.taitoura.security.Role;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.taitoura.AbstractIntegrationTest;
import fi.taitoura.audit.AuditAction;
import fi.taitoura.audit.AuditFilter;
import fi.taitoura.audit.AuditService;
import fi.taitoura.base.BusinessRuleException;
import fi.taitoura.base.ConcurrentEditException;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;

class UserServiceTest extends AbstractIntegrationTest {

    @Autowired
    UserService users;
    @Autowired
    AuditService audit;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    UserAccountDetailsService details;

    private AppUser newUser(String username) {
        AppUser u = new AppUser();
        u.setUsername(username);
        u.setFullName("Testi Käyttäjä " + username);
        u.setRoles(Set.of(Role.COACH));
        return u;
    }

    @Test
    void adminCreatesUserWithHashedPasswordAndTheChangeIsAudited() {
        runAs("admin");
        AppUser saved = users.save(newUser("svc-create"), "salasana-123");
        assertThat(saved.getId()).isNotNull();
        var loaded = details.loadUserByUsername("svc-create");
        assertThat(loaded.getPassword()).isNotEqualTo("salasana-123").startsWith("$2");
        assertThat(encoder.matches("salasana-123", loaded.getPassword())).isTrue();
        var entries = audit.search(new AuditFilter(null, "User", saved.getId(), null, AuditAction.CREATE, null, null),
                PageRequest.of(0, 10));
        assertThat(entries).hasSize(1);
        assertThat(entries.get(0).getActor()).isEqualTo("admin");
    }

    @Test
    void duplicateUsernameAndShortPasswordAreRefused() {
        runAs("admin");
        assertThatThrownBy(() -> users.save(newUser("valmentaja"), "salasana-123"))
                .isInstanceOf(BusinessRuleException.class)
                .extracting(e -> ((BusinessRuleException) e).getMessageKey()).isEqualTo("user.error.usernameTaken");
        assertThatThrownBy(() -> users.save(newUser("svc-short"), "lyhyt"))
                .isInstanceOf(BusinessRuleException.class)
                .extracting(e -> ((BusinessRuleException) e).getMessageKey()).isEqualTo("user.error.passwordTooShort");
    }

    @Test
    void staleEditIsRejectedAndNothingIsOverwritten() {
        runAs("admin");
        AppUser saved = users.save(newUser("svc-stale"), "salasana-123");
        AppUser first = users.findById(saved.getId()).orElseThrow();
        AppUser second = users.findById(saved.getId()).orElseThrow();
        first.setFullName("Ensimmäinen muutos");
        users.save(first, null);
        second.setFullName("Toinen muutos");
        assertThatThrownBy(() -> users.save(second, null)).isInstanceOf(ConcurrentEditException.class);
        assertThat(users.findById(saved.getId()).orElseThrow().getFullName()).isEqualTo("Ensimmäinen muutos");
    }

    @Test
    void lastActiveAdminCannotBeDeactivated() {
        runAs("admin");
        Long adminId = users.findAll().stream().filter(u -> u.getUsername().equals("admin")).findFirst()
                .orElseThrow().getId();
        assertThatThrownBy(() -> users.setActive(adminId, false))
                .isInstanceOf(BusinessRuleException.class)
                .extracting(e -> ((BusinessRuleException) e).getMessageKey()).isEqualTo("user.error.lastAdmin");
        assertThat(users.findById(adminId).orElseThrow().isActive()).isTrue();
    }

    @Test
    void resetPasswordGivesAWorkingNewPassword() {
        runAs("admin");
        AppUser saved = users.save(newUser("svc-reset"), "salasana-123");
        String password = users.resetPassword(saved.getId());
        assertThat(password).hasSizeGreaterThanOrEqualTo(UserService.MIN_PASSWORD_LENGTH);
        assertThat(encoder.matches(password, details.loadUserByUsername("svc-reset").getPassword())).isTrue();
    }

    @Test
    void onlyAdminsAdministerUsers() {
        runAs("valmentaja");
        assertThatThrownBy(() -> users.findAll()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.save(newUser("svc-coach"), "salasana-123"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(users.findActiveByRole(Role.TEACHER)).extracting(AppUser::getUsername).contains("opettaja");
    }

    @Test
    void aTraineeAccountKeepsItsRoleAndStaffAccountsCannotBecomeTraineeAccounts(
            @Autowired TraineeUserAccounts traineeAccounts) {
        runAs("valmentaja");
        Long organisation = users.findByUsername("valmentaja").orElseThrow().getOrganisationId();
        Long id = traineeAccounts.createAccount("Svcaino", "Svcaino Testinen", organisation);
        runAs("admin");
        AppUser trainee = users.findById(id).orElseThrow();
        trainee.setRoles(Set.of(Role.COACH));
        trainee.setFullName("Svcaino T.");
        AppUser saved = users.save(trainee, null);
        assertThat(saved.getRoles()).as("the form does not manage a trainee's role").containsExactly(Role.TRAINEE);
        assertThat(saved.getFullName()).isEqualTo("Svcaino T.");
        trainee = users.findById(id).orElseThrow();
        trainee.setRoles(Set.of());
        assertThat(users.save(trainee, null).getRoles()).containsExactly(Role.TRAINEE);

        AppUser staff = users.save(newUser("svc-staff-trainee"), "salasana-123");
        staff.setRoles(Set.of(Role.COACH, Role.TRAINEE));
        AppUser staffEdit = staff;
        assertThatThrownBy(() -> users.save(staffEdit, null)).isInstanceOf(BusinessRuleException.class)
                .extracting(e -> ((BusinessRuleException) e).getMessageKey()).isEqualTo("user.error.traineeRole");
        AppUser fresh = newUser("svc-new-trainee");
        fresh.setRoles(Set.of(Role.TRAINEE));
        assertThatThrownBy(() -> users.save(fresh, "salasana-123")).isInstanceOf(BusinessRuleException.class)
                .extracting(e -> ((BusinessRuleException) e).getMessageKey()).isEqualTo("user.error.traineeRole");
    }
}
