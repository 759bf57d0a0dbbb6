package fi.taitoura.workplace;

import fi.taitoura.user.UserPlacements;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The organisations and work units offered in user administration (the user feature's extension point). */
@Component
class WorkplaceUserPlacements implements UserPlacements {

    private final OrganisationRepository organisations;
    private final WorkUnitRepository workUnits;

    WorkplaceUserPlacements(OrganisationRepository organisations, WorkUnitRepository workUnits) {
        this.organisations = organisations;
        this.workUnits = workUnits;
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Placement> organisations() {
        return organisations.findAllByOrderByNameAsc().stream().map(o -> new Placement(o.getId(), o.getName())).toList();
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Placement> workUnits() {
        return workUnits.findAllByOrderByOrganisationNameAscNameAsc().stream()
                .map(w -> new Placement(w.getId(), w.getName() + " (" + w.getOrganisation().getName() + ")")).toList();
    }
}
