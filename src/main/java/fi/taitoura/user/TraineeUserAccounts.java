package fi.taitoura.user;

import fi.taitoura.audit.AuditAction;
import fi.taitoura.audit.AuditDetails;
import fi.taitoura.audit.AuditService;
import fi.taitoura.base.BusinessRuleException;
import fi.taitoura.security.Role;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.ott.OneTimeToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The trainee's own sign-in account (issue #16): made when the coach activates it from the trainee's page (the
 * trainee feature links it to the trainee and checks that the coach may), signed in first with a one-time code
 * ({@link OneTimeCodes}), then with the password the trainee sets on their own phone. The account has the single
 * role TRAINEE and belongs to the trainee's organisation.
 */
@Service
public class TraineeUserAccounts {

    /** A code to hand over: the user name for later sign-ins, the code, when it stops working. */
    public record ActivationCode(String username, String code, Instant expiresAt) {
    }

    /** What the coach sees of the account: its user name, whether it is active, whether a code is waiting. */
    public record AccountState(Long userId, String username, boolean active, boolean codeWaiting) {
    }

    private final UserRepository repository;
    private final OneTimeCodes codes;
    private final PasswordEncoder encoder;
    private final AuditService audit;
    private final ApplicationEventPublisher events;
    private final Duration codeValidity;
    private final SecureRandom random = new SecureRandom();
    private fi.taitoura.security.LoginAttemptService loginAttempts;

    @org.springframework.beans.factory.annotation.Autowired
    void setLoginAttempts(fi.taitoura.security.LoginAttemptService loginAttempts) {
        this.loginAttempts = loginAttempts;
    }

    TraineeUserAccounts(UserRepository repository, OneTimeCodes codes, PasswordEncoder encoder, AuditService audit,
                        ApplicationEventPublisher events,
                        @Value("${taitoura.trainee.code-validity:P7D}") Duration codeValidity) {
        this.repository = repository;
        this.codes = codes;
        this.encoder = encoder;
        this.audit = audit;
        this.events = events;
        this.codeValidity = codeValidity;
    }

    /**
     * Makes a trainee account (role TRAINEE, no password anyone knows) in the organisation; the user name is the
     * first name in plain letters and a number, e.g. {@code mikko.4821}. For the trainee feature, which links it.
     */
    @PreAuthorize("hasAnyRole('COACH', 'CAREER_AGENT')")
    @Transactional
    public Long createAccount(String firstName, String fullName, Long organisationId) {
        String base = Normalizer.normalize(firstName == null ? "" : firstName, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        if (base.length() < 2) {
            base = "valmentautuja";
        }
        base = base.length() > 40 ? base.substring(0, 40) : base;
        String username;
        do {
            username = base + "." + (1000 + random.nextInt(9000));
        } while (repository.existsByUsername(username));
        AppUser user = new AppUser();
        user.setUsername(username);
        user.setFullName(fullName);
        user.setRoles(EnumSet.of(Role.TRAINEE));
        user.setOrganisationId(organisationId);
        user.setPasswordHash(encoder.encode(randomSecret()));
        AppUser saved = repository.saveAndFlush(user);
        audit.recordChange(AuditAction.CREATE, "User", saved.getId(), null, AuditDetails.what("traineeAccount"));
        return saved.getId();
    }

    /** A new one-time code for the trainee account (an earlier code stops working); activates the account. */
    @PreAuthorize("hasAnyRole('COACH', 'CAREER_AGENT')")
    @Transactional
    public ActivationCode issueCode(Long userId) {
        AppUser user = traineeAccount(userId);
        if (!user.isActive()) {
            user.setActive(true);
            repository.saveAndFlush(user);
        }
        OneTimeToken token = codes.issue(user.getUsername(), codeValidity);
        audit.recordChange(AuditAction.UPDATE, "User", userId, null, AuditDetails.what("oneTimeCode"));
        return new ActivationCode(user.getUsername(), token.getTokenValue(), token.getExpiresAt());
    }

    @PreAuthorize("hasAnyRole('COACH', 'CAREER_AGENT', 'TEAM_LEAD')")
    @Transactional(readOnly = true)
    public Optional<AccountState> state(Long userId) {
        return userId == null ? Optional.empty() : repository.findById(userId)
                .map(u -> new AccountState(u.getId(), u.getUsername(), u.isActive(), codes.hasLiveCode(u.getUsername())));
    }

    /**
     * The signed-in trainee sets their own password. Without the old one only in a session signed in with a
     * one-time code (that is how a trainee starts); otherwise the old password must match.
     */
    @PreAuthorize("hasRole('TRAINEE')")
    @Transactional
    public void setOwnPassword(String currentPassword, String newPassword, String keepSessionId) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        AppUser user = repository.findByUsername(auth.getName()).orElseThrow();
        boolean signedInWithCode = auth instanceof org.springframework.security.authentication.ott.OneTimeTokenAuthentication;
        if (!signedInWithCode) {
            // a wrong current password counts as a failed sign-in of the account (throttled alike)
            loginAttempts.checkOwnPassword(user.getId(), user.getUsername(), user.getOrganisationId(),
                    currentPassword != null && encoder.matches(currentPassword, user.getPasswordHash()), events);
        }
        if (newPassword == null || newPassword.length() < UserService.MIN_PASSWORD_LENGTH) {
            throw new BusinessRuleException("user.error.passwordTooShort", UserService.MIN_PASSWORD_LENGTH);
        }
        user.setPasswordHash(encoder.encode(newPassword));
        user.setPasswordChangeRequired(false);
        repository.saveAndFlush(user);
        audit.recordChange(AuditAction.UPDATE, "User", user.getId(), null, AuditDetails.what("passwordChanged"));
        events.publishEvent(new UserAccessChangedEvent(user.getId(), "passwordChanged", keepSessionId));
    }

    /** Whether this session was signed in with a one-time code (the trainee may then set a password directly). */
    public boolean signedInWithCode() {
        return SecurityContextHolder.getContext().getAuthentication()
                instanceof org.springframework.security.authentication.ott.OneTimeTokenAuthentication;
    }

    /**
     * Ends a trainee account (the last period ended and the grace time passed; or the coach ends it): inactive,
     * waiting codes removed, open sessions end. For the trainee feature's scheduled work and the coach's action.
     */
    @PreAuthorize("hasAnyRole('COACH', 'CAREER_AGENT', 'ADMIN')")
    @Transactional
    public boolean deactivate(Long userId) {
        AppUser user = traineeAccount(userId);
        codes.revoke(user.getUsername());
        if (!user.isActive()) {
            return false;
        }
        user.setActive(false);
        repository.saveAndFlush(user);
        audit.recordChange(AuditAction.UPDATE, "User", userId, null, AuditDetails.of("active", false));
        events.publishEvent(new UserAccessChangedEvent(userId, "active", null));
        return true;
    }

    private AppUser traineeAccount(Long userId) {
        AppUser user = repository.findById(userId).orElseThrow();
        if (!user.getRoles().equals(Set.of(Role.TRAINEE))) {
            throw new AccessDeniedException("Not a trainee account");
        }
        return user;
    }

    private String randomSecret() {
        byte[] b = new byte[32];
        random.nextBytes(b);
        return java.util.HexFormat.of().formatHex(b);
    }
}
