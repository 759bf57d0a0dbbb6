package fi.taitoura.demo;

import fi.taitoura.security.Role;
import fi.taitoura.user.UserService;
import fi.taitoura.workplace.Organisation;
import fi.taitoura.workplace.OrganisationType;
import fi.taitoura.workplace.WorkUnit;
import fi.taitoura.workplace.WorkplaceService;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The demo municipality, its work units and the demo accounts. */
@Component
class FoundationDemoData implements DemoDataContributor {

    static final String CITY = "Esimerkkilän kaupunki";

    private final WorkplaceService workplaces;
    private final UserService users;

    FoundationDemoData(WorkplaceService workplaces, UserService users) {
        this.workplaces = workplaces;
        this.users = users;
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public void load() {
        Organisation city = organisation(CITY, OrganisationType.MUNICIPALITY, "0123456-7");
        Organisation school = organisation("Esimerkkilän ammattiopisto", OrganisationType.OTHER, null);
        Organisation county = organisation("Esimerkkimaan hyvinvointialue", OrganisationType.WELLBEING_SERVICES_COUNTY,
                null);
        organisation("Työpajayhdistys Verstas ry", OrganisationType.ASSOCIATION, null);

        WorkUnit property = unit(city, "Kiinteistö- ja ympäristöhuolto");
        WorkUnit cleaning = unit(city, "Siivouspalvelut");
        WorkUnit food = unit(city, "Ruokapalvelut, Keskuskeittiö");
        WorkUnit recycling = unit(city, "Kierrätyskeskus Kiertokaari");

        String pw = DemoDataLoader.DEMO_PASSWORD;
        users.createDemoUser("admin", "Aino Ahonen", pw, Set.of(Role.ADMIN), city.getId(), Set.of());
        // The installation's platform administrator: no organisation (organisations, all accounts; ADR 0023).
        users.createDemoUser("yllapitaja", "Yrjö Ylläpitäjä", pw, Set.of(Role.ADMIN), null, Set.of());
        users.createDemoUser("valmentaja", "Veera Virtanen", pw, Set.of(Role.COACH), city.getId(),
                ids(property, recycling));
        users.createDemoUser("valmentaja2", "Kalle Koivisto", pw, Set.of(Role.COACH), city.getId(), ids(cleaning, food));
        users.createDemoUser("uraagentti", "Usko Uronen", pw, Set.of(Role.CAREER_AGENT), city.getId(), Set.of());
        users.createDemoUser("opettaja", "Outi Ojala", pw, Set.of(Role.TEACHER), school.getId(), Set.of());
        users.createDemoUser("asiakasvastaava", "Aki Asikainen", pw, Set.of(Role.CASE_WORKER), county.getId(), Set.of());
        users.createDemoUser("tiiminvetaja", "Tiina Tiainen", pw, Set.of(Role.TEAM_LEAD), city.getId(),
                ids(property, cleaning, food, recycling));
    }

    private static Set<Long> ids(WorkUnit... units) {
        return java.util.Arrays.stream(units).map(WorkUnit::getId).collect(java.util.stream.Collectors.toSet());
    }

    private Organisation organisation(String name, OrganisationType type, String businessId) {
        Organisation o = new Organisation();
        o.setName(name);
        o.setType(type);
        o.setMunicipality("Esimerkkilä");
        o.setBusinessId(businessId);
        return workplaces.saveOrganisation(o);
    }

    private WorkUnit unit(Organisation organisation, String name) {
        WorkUnit w = new WorkUnit();
        w.setOrganisation(organisation);
        w.setName(name);
        return workplaces.saveWorkUnitBasics(w);
    }
}
