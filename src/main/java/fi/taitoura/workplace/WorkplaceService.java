package fi.taitoura.workplace;

import fi.taitoura.audit.AuditAction;
import fi.taitoura.audit.AuditService;
import fi.taitoura.base.BusinessRuleException;
import fi.taitoura.base.ConcurrentEditException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Organisations and their work units as basic records. */
@Service
public class WorkplaceService {

    private final OrganisationRepository organisations;
    private final WorkUnitRepository workUnits;
    private final AuditService audit;

    WorkplaceService(OrganisationRepository organisations, WorkUnitRepository workUnits, AuditService audit) {
        this.organisations = organisations;
        this.workUnits = workUnits;
        this.audit = audit;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Organisation> findOrganisations() {
        return organisations.findAllByOrderByNameAsc();
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

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<WorkUnit> findWorkUnit(Long id) {
        return workUnits.findById(id);
    }

    @PreAuthorize("hasRole('ADMIN')")
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

    private static Map<String, Object> describe(WorkUnit w) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("organisation", w.getOrganisation() == null ? null : w.getOrganisation().getId());
        m.put("name", w.getName());
        m.put("active", w.isActive());
        return m;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
