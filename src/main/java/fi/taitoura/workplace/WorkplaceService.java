package fi.taitoura.workplace;

import static fi.taitoura.base.Texts.blankToNull;

import fi.taitoura.audit.AuditAction;
import fi.taitoura.audit.AuditService;
import fi.taitoura.base.BusinessRuleException;
import fi.taitoura.base.ConcurrentEditException;
import fi.taitoura.security.CurrentUser;
import fi.taitoura.security.Role;
import fi.taitoura.user.UserService;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Organisations and their work units: basic records for administration, and the work units' details. */
@Service
public class WorkplaceService {

    private final OrganisationRepository organisations;
    private final WorkUnitRepository workUnits;
    private final AuditService audit;
    private final WorkUnitAccess access;
    private final RecognitionRepository recognitions;
    private final UserService users;
    private final CurrentUser currentUser;
    private final fi.taitoura.user.AdminAccess adminAccess;
    private final org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate jdbc;
    private final jakarta.persistence.EntityManager em;

    WorkplaceService(OrganisationRepository organisations, WorkUnitRepository workUnits, AuditService audit,
                     WorkUnitAccess access, RecognitionRepository recognitions, UserService users,
                     CurrentUser currentUser, fi.taitoura.user.AdminAccess adminAccess,
                     org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate jdbc,
                     jakarta.persistence.EntityManager em) {
        this.jdbc = jdbc;
        this.em = em;
        this.organisations = organisations;
        this.workUnits = workUnits;
        this.audit = audit;
        this.access = access;
        this.recognitions = recognitions;
        this.users = users;
        this.currentUser = currentUser;
        this.adminAccess = adminAccess;
    }

    /**
     * The work units the current user works with: all for the platform administrator, their organisation's for an
     * organisation's administrator and a team lead, a coach's own units, and units whose recognition the user has
     * been named to review ({@link WorkUnitAccess}).
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<WorkUnit> findVisibleWorkUnits() {
        List<WorkUnit> all = workUnits.findAllByOrderByOrganisationNameAscNameAsc();
        if (access.seesAll()) {
            return all;
        }
        Set<Long> ids = new HashSet<>();
        if (access.organisationWide()) {
            Long mine = currentUser.organisationId().orElseThrow();
            all.stream().filter(w -> mine.equals(w.getOrganisation().getId())).forEach(w -> ids.add(w.getId()));
        }
        if (currentUser.hasRole(Role.COACH)) {
            ids.addAll(access.ownUnitIds());
        }
        currentUser.id().ifPresent(uid -> ids.addAll(recognitions.findWorkUnitIdsReviewedBy(uid)));
        return all.stream().filter(w -> ids.contains(w.getId())).toList();
    }

    /** A work unit the current user may see (see {@link #findVisibleWorkUnits()}); empty otherwise. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<WorkUnit> findVisibleWorkUnit(Long id) {
        return workUnits.findById(id).filter(w -> access.canView(w.getId()));
    }

    /** For other features: the active work units the user coaches (their assigned units), by name. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<WorkUnit> findWorkUnitsCoachedBy(Long userId) {
        Set<Long> ids = users.findWorkUnitIds(userId);
        return workUnits.findAllById(ids).stream().filter(WorkUnit::isActive)
                .sorted(java.util.Comparator.comparing(WorkUnit::getName)).toList();
    }

    /** The active coaches assigned to the work unit. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<UserService.UserRef> findCoaches(Long workUnitId) {
        return users.findCoachesOf(workUnitId);
    }

    /** The active coaches of each of the work units, by name (one query; a unit without coaches is absent). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public java.util.Map<Long, List<UserService.UserRef>> findCoaches(java.util.Collection<Long> workUnitIds) {
        return users.findCoachesOf(workUnitIds);
    }

    /** True when the current user may edit the work unit's details, recognition and tasks. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean canEdit(Long workUnitId) {
        return access.canEdit(workUnitId);
    }

    /** True when the current user may create work units and move them between organisations. */
    public boolean canManageAllWorkUnits() {
        return access.seesAll();
    }

    /**
     * Creates (ADMIN, TEAM_LEAD) or updates a work unit with all its details. A coach may update the units they are
     * assigned to, but not move them to another organisation. A stale edit throws {@link ConcurrentEditException}.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public WorkUnit saveWorkUnit(WorkUnit edited) {
        WorkUnit target;
        Map<String, Object> before;
        if (edited.getId() == null) {
            if (edited.getOrganisation() == null
                    || !access.mayManageUnitsOf(edited.getOrganisation().getId())) {
                throw new AccessDeniedException("Only administrators and team leads create work units, in their own"
                        + " organisation");
            }
            target = new WorkUnit();
            before = Map.of();
            target.setOrganisation(edited.getOrganisation());
        } else {
            access.requireEdit(edited.getId());
            target = workUnits.findById(edited.getId()).orElseThrow();
            if (target.getVersion() != edited.getVersion()) {
                throw new ConcurrentEditException("WorkUnit", target.getId());
            }
            before = describeDetails(target);
            if (access.seesAll() && edited.getOrganisation() != null) {
                target.setOrganisation(edited.getOrganisation());
            }
        }
        if (target.getOrganisation() == null) {
            throw new BusinessRuleException("workplace.error.organisationRequired");
        }
        String name = blankToNull(edited.getName());
        if (name == null) {
            throw new BusinessRuleException("workplace.error.nameRequired");
        }
        if (edited.getTraineesPerCoach() < 1 || edited.getTraineesPerCoach() > 30) {
            throw new BusinessRuleException("workplace.error.capacity");
        }
        target.setName(name);
        target.setActive(edited.isActive());
        target.setSector(edited.getSector() == null ? WorkUnitSector.OTHER : edited.getSector());
        target.setStreetAddress(blankToNull(edited.getStreetAddress()));
        target.setPostalCode(blankToNull(edited.getPostalCode()));
        target.setPostOffice(blankToNull(edited.getPostOffice()));
        target.setContactName(blankToNull(edited.getContactName()));
        target.setContactPhone(blankToNull(edited.getContactPhone()));
        target.setContactEmail(blankToNull(edited.getContactEmail()));
        target.setTraineesPerCoach(edited.getTraineesPerCoach());
        target.setDescription(blankToNull(edited.getDescription()));
        boolean clash = workUnits.findByOrganisationOrderByNameAsc(target.getOrganisation()).stream()
                .anyMatch(w -> w.getName().equalsIgnoreCase(target.getName()) && !w.getId().equals(target.getId()));
        if (clash) {
            throw new BusinessRuleException("workUnit.error.nameTaken", target.getName());
        }
        WorkUnit saved = workUnits.saveAndFlush(target);
        audit.recordChange(edited.getId() == null ? AuditAction.CREATE : AuditAction.UPDATE, "WorkUnit",
                saved.getId(), null, AuditService.describeChanges(before, describeDetails(saved)));
        return saved;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Organisation> findOrganisations() {
        return organisations.findAllByOrderByNameAsc();
    }

    /** What may be published about an organisation (its Open Badges issuer profile): name and business id. */
    public record PublicOrganisation(Long id, String name, String businessId, String municipality) {
    }

    /**
     * The organisations the administrator administers ({@code user.AdminAccess}): all for the platform
     * administrator, their own for an organisation's administrator.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<Organisation> findAdministeredOrganisations() {
        return findOrganisations().stream().filter(o -> adminAccess.mayAdministerOrganisation(o.getId())).toList();
    }

    /** True when the signed-in user may create work units: administrators and team leads ({@link WorkUnitAccess}). */
    public boolean canCreateWorkUnits() {
        return access.seesAll() || access.organisationWide();
    }

    /** The organisations in which the signed-in user may create work units ({@link WorkUnitAccess}). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Organisation> findOrganisationsForNewUnits() {
        return findOrganisations().stream().filter(o -> access.mayManageUnitsOf(o.getId())).toList();
    }

    /** True when the signed-in user may create organisations: the platform administrator. */
    public boolean canCreateOrganisations() {
        return adminAccess.isPlatformAdmin();
    }

    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<PublicOrganisation> findPublicOrganisation(Long id) {
        return organisations.findById(id).map(o -> new PublicOrganisation(o.getId(), o.getName(), o.getBusinessId(),
                o.getMunicipality()));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<Organisation> findOrganisation(Long id) {
        return organisations.findById(id);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<WorkUnit> findWorkUnits(Organisation organisation) {
        return workUnits.findByOrganisationOrderByNameAsc(organisation);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<WorkUnit> findAllWorkUnits() {
        return workUnits.findAllByOrderByOrganisationNameAscNameAsc();
    }

    /** The active work units, by name. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<WorkUnit> findActiveWorkUnits() {
        return workUnits.findByActiveTrueOrderByNameAsc();
    }

    /** The active work units of one organisation, by name. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<WorkUnit> findActiveWorkUnitsOfOrganisation(Long organisationId) {
        return workUnits.findByActiveTrueOrderByNameAsc().stream()
                .filter(u -> u.getOrganisation() != null && u.getOrganisation().getId().equals(organisationId))
                .toList();
    }

    /** The work units with the given ids (one query), by name; e.g. the units of a user. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<WorkUnit> findWorkUnits(java.util.Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : workUnits.findAllById(ids).stream()
                .sorted(java.util.Comparator.comparing(WorkUnit::getName)).toList();
    }

    /** A work unit as other features name it (ADR 0016): ids, names, active, trainees per coach (capacity). */
    public record UnitRef(Long id, String name, Long organisationId, String organisationName, boolean active,
                          int traineesPerCoach, String addressLine) {
    }

    /** An organisation as other features name it: id and name. */
    public record OrganisationRef(Long id, String name) {
    }

    /**
     * The units as references in SQL, one read (issue 18: as entities by id, a list parameter, Hibernate translated
     * the query on every opening of a coach's day and every list of periods, ADR 0038). In a read-write transaction
     * pending changes are flushed first, so a unit changed in it is seen as JPQL would see it.
     */
    private List<UnitRef> unitRefs(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        if (org.springframework.transaction.support.TransactionSynchronizationManager.isActualTransactionActive()
                && !org.springframework.transaction.support.TransactionSynchronizationManager
                .isCurrentTransactionReadOnly()) {
            em.flush();
        }
        return jdbc.query("""
                SELECT w.id, w.name, o.id, o.name, w.active, w.trainees_per_coach, w.street_address, w.postal_code,
                       w.post_office
                FROM work_unit w JOIN organisation o ON o.id = w.organisation_id WHERE w.id IN (:ids)""",
                java.util.Map.of("ids", ids), (rs, i) -> new UnitRef(rs.getLong(1), rs.getString(2), rs.getLong(3),
                        rs.getString(4), rs.getBoolean(5), rs.getInt(6),
                        WorkUnit.addressLine(rs.getString(7), rs.getString(8), rs.getString(9))));
    }

    private static UnitRef ref(WorkUnit w) {
        return new UnitRef(w.getId(), w.getName(), w.getOrganisation() == null ? null : w.getOrganisation().getId(),
                w.getOrganisation() == null ? null : w.getOrganisation().getName(), w.isActive(),
                w.getTraineesPerCoach(), w.getAddressLine());
    }

    /** Every work unit as a reference, by organisation and name. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<UnitRef> findAllUnitRefs() {
        // the columns of the references, not the units as entities (the reports read them at national scale)
        return workUnits.findAllRefRows().stream().map(WorkplaceService::ref).toList();
    }

    /** A reference from the columns of {@code WorkUnitRepository.findAllRefRows}. */
    private static UnitRef ref(Object[] r) {
        return new UnitRef((Long) r[0], (String) r[1], (Long) r[2], (String) r[3], (Boolean) r[4],
                ((Number) r[5]).intValue(), WorkUnit.addressLine((String) r[6], (String) r[7], (String) r[8]));
    }

    /** The work units with the given ids as references (one query), by organisation and name. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<UnitRef> findUnitRefs(java.util.Collection<Long> ids) {
        if (ids.size() == 1) {
            // one unit (a page's heading, a period's unit): a primary-key load, no query to translate (ADR 0041)
            Long id = ids.iterator().next();
            return id == null ? List.of() : workUnits.findById(id).map(WorkplaceService::ref).stream().toList();
        }
        return unitRefs(ids).stream()
                .sorted(java.util.Comparator.comparing((UnitRef u) -> String.valueOf(u.organisationName()))
                        .thenComparing(UnitRef::name)).toList();
    }

    /**
     * The ids of the organisation's work units (one query), for another feature's access rule that asks whether a
     * unit is of the signed-in user's organisation; opens no transaction of its own (a check before one opens).
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true, propagation = org.springframework.transaction.annotation.Propagation.SUPPORTS)
    public java.util.Set<Long> findUnitIdsOfOrganisation(Long organisationId) {
        return organisationId == null ? java.util.Set.of() : workUnits.findIdsByOrganisationId(organisationId);
    }

    /**
     * Of the given work units, those that belong to the organisation now (one query by primary key; ADR 0036): for
     * another feature's access rule, which asks about the units of the periods it checks rather than reading every
     * unit of the organisation. Opens no transaction of its own (a check before one opens).
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true, propagation = org.springframework.transaction.annotation.Propagation.SUPPORTS)
    public java.util.Set<Long> unitsInOrganisation(Long organisationId, java.util.Collection<Long> unitIds) {
        java.util.Set<Long> asked = new java.util.HashSet<>(unitIds);
        asked.remove(null);
        if (organisationId == null || asked.isEmpty()) {
            return java.util.Set.of();
        }
        if (asked.size() == 1) {
            // one unit (every single-period check): a single-valued query, whose plan Hibernate keeps (ADR 0041)
            return workUnits.findIdInOrganisation(asked.iterator().next(), organisationId).map(java.util.Set::of)
                    .orElse(java.util.Set.of());
        }
        return workUnits.findIdsInOrganisation(asked, organisationId);
    }

    /** The work units of one organisation as references, by name. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<UnitRef> findUnitRefsOfOrganisation(Long organisationId) {
        return organisationId == null ? List.of() : workUnits.findRefRowsOfOrganisation(organisationId).stream()
                .map(WorkplaceService::ref).toList();
    }

    /** Every organisation as a reference, by name. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<OrganisationRef> findOrganisationRefs() {
        return organisations.findAllByOrderByNameAsc().stream().map(o -> new OrganisationRef(o.getId(), o.getName()))
                .toList();
    }

    /** One organisation as a reference. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<OrganisationRef> findOrganisationRef(Long id) {
        return organisations.findById(id).map(o -> new OrganisationRef(o.getId(), o.getName()));
    }

    /** One work unit as a reference. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<UnitRef> findUnitRef(Long id) {
        return workUnits.findById(id).map(WorkplaceService::ref);
    }

    /** The signed-in user's own work units as references (for a coach: the units they coach), by name. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<UnitRef> findMyUnitRefs() {
        return unitRefs(users.findWorkUnitIds(currentUser.requireId())).stream()
                .sorted(java.util.Comparator.comparing(UnitRef::name)).toList();
    }

    /** The work units of the signed-in user (for a coach: the units they coach), by name. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<WorkUnit> findMyWorkUnits() {
        return findWorkUnits(users.findWorkUnitIds(currentUser.requireId()));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<WorkUnit> findWorkUnit(Long id) {
        return workUnits.findById(id);
    }

    /**
     * Creates an organisation (the platform administrator) or saves changes to one (the platform administrator, or
     * the organisation's own administrator: {@code user.AdminAccess}).
     */
    @PreAuthorize("hasRole('ADMIN') and (@adminAccess.isPlatformAdmin()"
            + " or #edited.id != null and @adminAccess.mayAdministerOrganisation(#edited.id))")
    @Transactional
    public Organisation saveOrganisation(Organisation edited) {
        String name = edited.getName() == null ? "" : edited.getName().trim();
        organisations.findByName(name).filter(o -> !o.getId().equals(edited.getId())).ifPresent(o -> {
            throw new BusinessRuleException("organisation.error.nameTaken", name);
        });
        Organisation target;
        Map<String, Object> before;
        if (edited.getId() == null) {
            target = new Organisation();
            before = Map.of();
        } else {
            target = organisations.findById(edited.getId()).orElseThrow();
            if (target.getVersion() != edited.getVersion()) {
                throw new ConcurrentEditException("Organisation", target.getId());
            }
            before = describe(target);
        }
        target.setName(name);
        target.setType(edited.getType());
        target.setMunicipality(blankToNull(edited.getMunicipality()));
        target.setBusinessId(blankToNull(edited.getBusinessId()));
        target.setActive(edited.isActive());
        Organisation saved = organisations.saveAndFlush(target);
        audit.recordChange(edited.getId() == null ? AuditAction.CREATE : AuditAction.UPDATE, "Organisation",
                saved.getId(), null, AuditService.describeChanges(before, describe(saved)));
        return saved;
    }

    /** Creates or renames a work unit (a basic record; the workplace feature manages the rest of its details). */
    @PreAuthorize("hasAnyRole('ADMIN', 'TEAM_LEAD')")
    @Transactional
    public WorkUnit saveWorkUnitBasics(WorkUnit edited) {
        if (edited.getOrganisation() == null || !access.mayManageUnitsOf(edited.getOrganisation().getId())
                || edited.getId() != null && !access.canEdit(edited.getId())) {
            throw new AccessDeniedException("Work units of another organisation");
        }
        WorkUnit target;
        Map<String, Object> before;
        if (edited.getId() == null) {
            target = new WorkUnit();
            before = Map.of();
        } else {
            target = workUnits.findById(edited.getId()).orElseThrow();
            if (target.getVersion() != edited.getVersion()) {
                throw new ConcurrentEditException("WorkUnit", target.getId());
            }
            before = describe(target);
        }
        target.setOrganisation(edited.getOrganisation());
        target.setName(edited.getName() == null ? null : edited.getName().trim());
        target.setActive(edited.isActive());
        boolean clash = workUnits.findByOrganisationOrderByNameAsc(target.getOrganisation()).stream()
                .anyMatch(w -> w.getName().equalsIgnoreCase(target.getName()) && !w.getId().equals(target.getId()));
        if (clash) {
            throw new BusinessRuleException("workUnit.error.nameTaken", target.getName());
        }
        WorkUnit saved = workUnits.saveAndFlush(target);
        audit.recordChange(edited.getId() == null ? AuditAction.CREATE : AuditAction.UPDATE, "WorkUnit",
                saved.getId(), null, AuditService.describeChanges(before, describe(saved)));
        return saved;
    }

    private static Map<String, Object> describe(Organisation o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", o.getName());
        m.put("type", o.getType());
        m.put("municipality", o.getMunicipality());
        m.put("businessId", o.getBusinessId());
        m.put("active", o.isActive());
        return m;
    }

    private static Map<String, Object> describeDetails(WorkUnit w) {
        Map<String, Object> m = describe(w);
        m.put("sector", w.getSector());
        m.put("address", w.getAddressLine());
        m.put("contactName", w.getContactName());
        m.put("contactPhone", w.getContactPhone());
        m.put("contactEmail", w.getContactEmail());
        m.put("traineesPerCoach", w.getTraineesPerCoach());
        m.put("description", w.getDescription());
        return m;
    }

    private static Map<String, Object> describe(WorkUnit w) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("organisation", w.getOrganisation() == null ? null : w.getOrganisation().getId());
        m.put("name", w.getName());
        m.put("active", w.isActive());
        return m;
    }
}
