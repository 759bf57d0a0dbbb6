package fi.taitoura.user;

import fi.taitoura.security.OwnPassword;
import fi.taitoura.security.Usernames;

import fi.taitoura.security.Role;
import static fi.taitoura.base.Texts.blankToNull;

import fi.taitoura.audit.AuditAction;
import fi.taitoura.audit.AuditDetails;
import fi.taitoura.audit.AuditService;
import fi.taitoura.base.BusinessRuleException;
import fi.taitoura.base.ConcurrentEditException;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts: administration for ADMIN, look-ups for the other features. */
@Service
public class UserService implements OwnPassword {

    public static final int MIN_PASSWORD_LENGTH = 10;
    private static final String PASSWORD_ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final UserRepository repository;
    private final PasswordEncoder passwordEncoder;
    private final AuditService audit;
    private final ApplicationEventPublisher events;
    private final AdminAccess adminAccess;
    private final SecureRandom random = new SecureRandom();
    private fi.taitoura.security.LoginAttemptService loginAttempts;

    @org.springframework.beans.factory.annotation.Autowired
    void setLoginAttempts(fi.taitoura.security.LoginAttemptService loginAttempts) {
        this.loginAttempts = loginAttempts;
    }

    UserService(UserRepository repository, PasswordEncoder passwordEncoder, AuditService audit,
                ApplicationEventPublisher events, AdminAccess adminAccess) {
        this.repository = repository;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.events = events;
        this.adminAccess = adminAccess;
    }

    /** True when the signed-in administrator may place accounts in the organisation ({@link AdminAccess}). */
    public boolean mayAssignTo(Long organisationId) {
        return adminAccess.mayAssignTo(organisationId);
    }

    /** The accounts the administrator manages: all for the platform administrator, else their organisation's. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<AppUser> findAll() {
        return repository.findAllByOrderByFullNameAsc().stream()
                .filter(u -> adminAccess.mayManageUser(u.getId())).toList();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<AppUser> findById(Long id) {
        return repository.findById(id);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<AppUser> findByUsername(String username) {
        return repository.findByUsername(username);
    }

    /** Active users with the role, e.g. the teachers who can review a recognition. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<AppUser> findActiveByRole(Role role) {
        return repository.findActiveByRole(role);
    }

    /** Active users with the role in one organisation. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<AppUser> findActiveByRole(Role role, Long organisationId) {
        return repository.findActiveByRole(role).stream()
                .filter(u -> organisationId != null && organisationId.equals(u.getOrganisationId())).toList();
    }

    /** A user as other features name them: id and name (never the entity; ADR 0016). */
    public record UserRef(Long id, String fullName) {
    }

    /** Active users with the role as references, by name. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<UserRef> findActiveRefsByRole(Role role) {
        return repository.findActiveByRole(role).stream().map(u -> new UserRef(u.getId(), u.getFullName()))
                .sorted(java.util.Comparator.comparing(UserRef::fullName)).toList();
    }

    /** Active users with the role as references, in the order of {@link #findActiveByRole(Role)}. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<UserRef> findActiveUserRefs(Role role) {
        return findActiveByRole(role).stream().map(u -> new UserRef(u.getId(), u.getFullName())).toList();
    }

    /** Active users with the role in one organisation as references, as {@link #findActiveByRole(Role, Long)}. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<UserRef> findActiveUserRefs(Role role, Long organisationId) {
        return findActiveByRole(role, organisationId).stream().map(u -> new UserRef(u.getId(), u.getFullName()))
                .toList();
    }

    /** A user with their roles, for choosing someone by name and role (e.g. a recognition's reviewer). */
    public record RoleHolder(Long id, String fullName, Set<Role> roles) {
    }

    /** Active users with the role, with all their roles (one query). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<RoleHolder> findActiveRoleHolders(Role role) {
        return repository.findActiveByRole(role).stream()
                .map(u -> new RoleHolder(u.getId(), u.getFullName(), Set.copyOf(u.getRoles()))).toList();
    }

    /** The names of the users by id (one query); unknown ids are left out. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public java.util.Map<Long, String> findNames(java.util.Collection<Long> userIds) {
        java.util.Map<Long, String> names = new java.util.HashMap<>();
        if (userIds.isEmpty()) {
            return names;
        }
        java.util.Set<Long> ids = new java.util.HashSet<>(userIds);
        ids.remove(null);
        // the names only, not the users as entities (each with its roles and units: two more reads per user, a
        // hundred per report at 50 coaches); one user (a page's teacher, assessor, recorder) by a single-valued query
        // whose plan Hibernate keeps (ADR 0041)
        if (ids.size() == 1) {
            Long id = ids.iterator().next();
            repository.findNameOf(id).ifPresent(n -> names.put(id, n));
            return names;
        }
        if (!ids.isEmpty()) {
            repository.findNamesOf(ids).forEach(r -> names.put((Long) r[0], (String) r[1]));
        }
        return names;
    }

    /** True when the user exists and is active. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean isActive(Long userId) {
        return userId != null && repository.findById(userId).map(AppUser::isActive).orElse(false);
    }

    /** True when the user exists, is active and has the role. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean isActiveWithRole(Long userId, Role role) {
        return userId != null && repository.findById(userId).map(u -> u.isActive() && u.hasRole(role)).orElse(false);
    }

    /** Ids of the work units the user belongs to (for a coach: the units they coach). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Set<Long> findWorkUnitIds(Long userId) {
        return new java.util.HashSet<>(repository.findWorkUnitIds(userId));
    }

    /** The active coaches assigned to a work unit, by name. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<UserRef> findCoachesOf(Long workUnitId) {
        return repository.findActiveCoachesOf(workUnitId).stream().map(u -> new UserRef(u.getId(), u.getFullName()))
                .toList();
    }

    /**
     * How many active coaches each of the work units has, as {@link #findCoachesOf(Long)} counts them (one query,
     * loading no accounts; a unit without coaches is absent).
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public java.util.Map<Long, Integer> countCoachesOf(java.util.Collection<Long> workUnitIds) {
        java.util.Map<Long, Integer> result = new java.util.HashMap<>();
        if (!workUnitIds.isEmpty()) {
            for (Object[] row : repository.countActiveCoachesOfUnits(workUnitIds)) {
                result.put((Long) row[0], ((Number) row[1]).intValue());
            }
        }
        return result;
    }

    /** The active coaches of each of the work units, by name (one query; a unit without coaches is absent). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public java.util.Map<Long, List<UserRef>> findCoachesOf(java.util.Collection<Long> workUnitIds) {
        java.util.Map<Long, List<UserRef>> result = new java.util.HashMap<>();
        if (workUnitIds.isEmpty()) {
            return result;
        }
        for (Object[] row : repository.findActiveCoachesOfUnits(workUnitIds)) {
            AppUser u = (AppUser) row[1];
            result.computeIfAbsent((Long) row[0], k -> new java.util.ArrayList<>())
                    .add(new UserRef(u.getId(), u.getFullName()));
        }
        return result;
    }

    @Transactional(readOnly = true)
    public Optional<String> findLocale(String username) {
        return repository.findByUsername(username).map(AppUser::getLocale);
    }

    @PreAuthorize("isAuthenticated() and #username == authentication.name")
    @Transactional
    public void saveLocale(String username, String language) {
        repository.findByUsername(username).ifPresent(u -> u.setLocale(language));
    }

    /**
     * Creates a user (id null) or saves changes to one. {@code newPassword} is required for a new user and ignored
     * for an existing one (see {@link #resetPassword}). A stale edit throws {@link ConcurrentEditException}.
     */
    @PreAuthorize("hasRole('ADMIN') and @adminAccess.mayManageUser(#edited.id)"
            + " and @adminAccess.mayAssignTo(#edited.organisationId)")
    @Transactional
    public AppUser save(AppUser edited, String newPassword) {
        if (edited.getId() == null) {
            String username = Usernames.normalise(edited.getUsername())
                    .orElseThrow(() -> new BusinessRuleException("user.error.usernamePattern"));
            if (repository.existsByUsername(username)) {
                throw new BusinessRuleException("user.error.usernameTaken", username);
            }
            if (edited.getRoles().contains(Role.TRAINEE)) {
                // a trainee's account is made by activation from the trainee's page (ADR 0025), never here
                throw new BusinessRuleException("user.error.traineeRole");
            }
            checkPassword(newPassword);
            AppUser user = new AppUser();
            user.setUsername(username);
            copy(edited, user);
            if (user.getOrganisationId() == null && !adminAccess.isPlatformAdmin()) {
                // an organisation's administrator creates accounts of their organisation
                user.setOrganisationId(currentOrganisation());
            }
            user.setPasswordHash(passwordEncoder.encode(newPassword));
            user.setPasswordChangeRequired(true);
            AppUser saved = repository.save(user);
            audit.recordChange(AuditAction.CREATE, "User", saved.getId(), null,
                    AuditService.describeChanges(Map.of(), describe(saved)));
            return saved;
        }
        AppUser user = repository.findById(edited.getId()).orElseThrow();
        if (user.getVersion() != edited.getVersion()) {
            throw new ConcurrentEditException("User", user.getId());
        }
        Map<String, Object> before = describe(user);
        boolean wasAdmin = user.isActive() && user.hasRole(Role.ADMIN);
        Long formerOrganisation = user.getOrganisationId();
        boolean traineeAccount = user.hasRole(Role.TRAINEE);
        if (!traineeAccount && edited.getRoles().contains(Role.TRAINEE)) {
            throw new BusinessRuleException("user.error.traineeRole");
        }
        Set<Role> keptRoles = Set.copyOf(user.getRoles());
        Set<Long> keptUnits = Set.copyOf(user.getWorkUnitIds());
        copy(edited, user);
        if (traineeAccount) {
            // the form does not manage a trainee's account's role or work units: they stay as the activation made them
            user.setRoles(keptRoles);
            user.setWorkUnitIds(keptUnits);
        }
        if (user.getOrganisationId() == null && !adminAccess.isPlatformAdmin()) {
            // only the platform administrator makes accounts without an organisation (platform administrators)
            user.setOrganisationId(currentOrganisation());
        }
        checkNotLastAdmin(user, wasAdmin, formerOrganisation);
        AppUser saved = repository.saveAndFlush(user);
        Map<String, Object> after = describe(saved);
        audit.recordChange(AuditAction.UPDATE, "User", saved.getId(), null,
                AuditService.describeChanges(before, after));
        for (String accessField : List.of("active", "roles", "organisation", "workUnits")) {
            if (!java.util.Objects.equals(before.get(accessField), after.get(accessField))) {
                events.publishEvent(new UserAccessChangedEvent(saved.getId(), accessField, null));
                break;
            }
        }
        return saved;
    }

    /** Sets a new random password, returned once to show to the administrator. */
    @PreAuthorize("hasRole('ADMIN') and @adminAccess.mayManageUser(#userId)")
    @Transactional
    public String resetPassword(Long userId) {
        AppUser user = repository.findById(userId).orElseThrow();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 14; i++) {
            sb.append(PASSWORD_ALPHABET.charAt(random.nextInt(PASSWORD_ALPHABET.length())));
        }
        String password = sb.toString();
        user.setPasswordHash(passwordEncoder.encode(password));
        user.setPasswordChangeRequired(true);
        audit.recordChange(AuditAction.UPDATE, "User", userId, null, AuditDetails.what("passwordReset"));
        events.publishEvent(new UserAccessChangedEvent(userId, "passwordReset", null));
        return password;
    }

    /**
     * The signed-in user changes their own password: the current one must match, the new one follow the policy and
     * differ from it. Clears the must-change flag and ends the user's other sessions.
     */
    @Override
    @PreAuthorize("isAuthenticated() and #username == authentication.name")
    @Transactional
    public void changeOwnPassword(String username, String currentPassword, String newPassword,
                                  String keepSessionId) {
        AppUser user = repository.findByUsername(username).orElseThrow();
        // a wrong current password counts as a failed sign-in of the account (throttled alike, issue #16)
        loginAttempts.checkOwnPassword(user.getId(), user.getUsername(), user.getOrganisationId(),
                currentPassword != null && passwordEncoder.matches(currentPassword, user.getPasswordHash()), events);
        checkPassword(newPassword);
        if (passwordEncoder.matches(newPassword, user.getPasswordHash())) {
            throw new BusinessRuleException("password.error.same");
        }
        user.setPasswordHash(passwordEncoder.encode(newPassword));
        user.setPasswordChangeRequired(false);
        repository.saveAndFlush(user);
        audit.recordChange(AuditAction.UPDATE, "User", user.getId(), null, AuditDetails.what("passwordChanged"));
        events.publishEvent(new UserAccessChangedEvent(user.getId(), "passwordChanged", keepSessionId));
    }

    @Override
    public int minimumLength() {
        return MIN_PASSWORD_LENGTH;
    }

    /** True when the account's password was set by an administrator and must be changed first. */
    @Transactional(readOnly = true)
    public boolean isPasswordChangeRequired(String username) {
        return repository.findByUsername(username).map(AppUser::isPasswordChangeRequired).orElse(false);
    }

    @PreAuthorize("hasRole('ADMIN') and @adminAccess.mayManageUser(#userId)")
    @Transactional
    public void setActive(Long userId, boolean active) {
        AppUser user = repository.findById(userId).orElseThrow();
        boolean before = user.isActive();
        boolean wasAdmin = before && user.hasRole(Role.ADMIN);
        user.setActive(active);
        checkNotLastAdmin(user, wasAdmin, user.getOrganisationId());
        audit.recordChange(AuditAction.UPDATE, "User", userId, null, AuditDetails.of("active", active));
        if (before != active) {
            events.publishEvent(new UserAccessChangedEvent(userId, "active", null));
        }
    }

    /**
     * Creates the first administrator of an installation (configuration or one-time set-up token). Refused once an
     * active administrator exists.
     */
    @Transactional
    public AppUser createInitialAdmin(String username, String fullName, String password) {
        if (repository.existsActiveAdmin()) {
            throw new BusinessRuleException("setup.error.adminExists");
        }
        checkPassword(password);
        AppUser user = new AppUser();
        user.setUsername(Usernames.normalise(username)
                .orElseThrow(() -> new BusinessRuleException("user.error.usernamePattern")));
        user.setFullName(fullName);
        user.setRoles(Set.of(Role.ADMIN));
        user.setPasswordHash(passwordEncoder.encode(password));
        AppUser saved = repository.save(user);
        audit.recordChange(AuditAction.CREATE, "User", saved.getId(), null, AuditDetails.what("initialAdmin"));
        return saved;
    }

    @Transactional(readOnly = true)
    public boolean hasActiveAdmin() {
        return repository.existsActiveAdmin();
    }

    @Transactional(readOnly = true)
    public long count() {
        return repository.count();
    }

    /** For demo data and tests: creates an account with a known password, bypassing the password policy. */
    @Transactional
    public AppUser createDemoUser(String username, String fullName, String password, Set<Role> roles,
                                  Long organisationId, Set<Long> workUnitIds) {
        AppUser user = new AppUser();
        user.setUsername(Usernames.normalise(username).orElseThrow(() -> new IllegalArgumentException(
                "Invalid user name")));
        user.setFullName(fullName);
        user.setRoles(roles);
        user.setOrganisationId(organisationId);
        user.setWorkUnitIds(workUnitIds);
        user.setEmail(username + "@demo.taitoura.fi");
        user.setPasswordHash(passwordEncoder.encode(password));
        return repository.save(user);
    }

    private void checkPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new BusinessRuleException("user.error.passwordTooShort", MIN_PASSWORD_LENGTH);
        }
    }

    /**
     * The installation keeps an active administrator, and an organisation's administrator cannot remove the last
     * administrator of their organisation (themself, typically); the platform administrator can.
     */
    private void checkNotLastAdmin(AppUser changed, boolean wasAdmin, Long formerOrganisation) {
        boolean isAdmin = changed.isActive() && changed.hasRole(Role.ADMIN);
        if (!isAdmin || !java.util.Objects.equals(formerOrganisation, changed.getOrganisationId())) {
            repository.flush();
            if (!repository.existsActiveAdmin() || wasAdmin && !adminAccess.isPlatformAdmin()
                    && !repository.existsActiveAdminOf(formerOrganisation)) {
                throw new BusinessRuleException("user.error.lastAdmin");
            }
        }
    }

    private Long currentOrganisation() {
        return adminAccess.currentOrganisation().orElse(null);
    }

    private static void copy(AppUser from, AppUser to) {
        to.setFullName(from.getFullName() == null ? null : from.getFullName().trim());
        to.setEmail(blankToNull(from.getEmail()));
        to.setPhone(blankToNull(from.getPhone()));
        to.setActive(from.isActive());
        to.setOrganisationId(from.getOrganisationId());
        to.setRoles(from.getRoles());
        to.setWorkUnitIds(from.getWorkUnitIds());
    }

    private static Map<String, Object> describe(AppUser u) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("username", u.getUsername());
        m.put("fullName", u.getFullName());
        m.put("email", u.getEmail());
        m.put("phone", u.getPhone());
        m.put("active", u.isActive());
        m.put("organisation", u.getOrganisationId());
        m.put("roles", u.getRoles().stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
        m.put("workUnits", u.getWorkUnitIds().stream().map(String::valueOf).sorted()
                .collect(Collectors.joining(",")));
        return m;
    }
}
