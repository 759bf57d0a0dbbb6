package fi.taitoura.workplace;

import fi.taitoura.user.AppUser;
import fi.taitoura.security.Role;
import fi.taitoura.user.UserService;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Work units with their own coach and reviewer for tests, so that tests never depend on each other's data. */
@Component
public class WorkplaceTestData {

    private static final AtomicInteger SEQ = new AtomicInteger((int) (System.nanoTime() % 100_000));

    private final WorkplaceService workplaces;
    private final UserService users;
    private final TransactionTemplate tx;

    WorkplaceTestData(WorkplaceService workplaces, UserService users, TransactionTemplate tx) {
        this.workplaces = workplaces;
        this.users = users;
        this.tx = tx;
    }

    /** A work unit of a new organisation in {@code municipality}, a coach assigned to it and a teacher. */
    public record Setup(WorkUnit unit, AppUser coach, AppUser teacher, AppUser otherCoach, AppUser teamLead) {
    }

    public Setup create(String municipality) {
        int n = SEQ.incrementAndGet();
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "test-admin", null, java.util.List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
        try {
            Organisation org = new Organisation();
            org.setName("Testikunta " + n);
            org.setMunicipality(municipality);
            org = workplaces.saveOrganisation(org);
            WorkUnit unit = new WorkUnit();
            unit.setOrganisation(org);
            unit.setName("Työyksikkö " + n);
            unit = workplaces.saveWorkUnitBasics(unit);
            WorkUnit u = unit;
            Organisation o = org;
            AppUser coach = tx.execute(s -> users.createDemoUser("coach" + n, "Valmentaja Ähtäri " + n, "x",
                    Set.of(Role.COACH), o.getId(), Set.of(u.getId())));
            AppUser otherCoach = tx.execute(s -> users.createDemoUser("othercoach" + n, "Toinen Valmentaja " + n, "x",
                    Set.of(Role.COACH), o.getId(), Set.of()));
            AppUser teacher = tx.execute(s -> users.createDemoUser("teacher" + n, "Opettaja Öljymäki " + n, "x",
                    Set.of(Role.TEACHER), null, Set.of()));
            AppUser teamLead = tx.execute(s -> users.createDemoUser("teamlead" + n, "Tiimin Vetäjä " + n, "x",
                    Set.of(Role.TEAM_LEAD), o.getId(), Set.of(u.getId())));
            return new Setup(unit, coach, teacher, otherCoach, teamLead);
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    /** Items for a draft: the given requirements with a practice text. */
    public static Map<ItemRef, String> requirements(Long... ids) {
        Map<ItemRef, String> m = new java.util.LinkedHashMap<>();
        for (Long id : ids) {
            m.put(ItemRef.requirement(id), "harjoitellaan päivittäin");
        }
        return m;
    }
}
