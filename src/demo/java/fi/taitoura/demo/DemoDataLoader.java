package fi.taitoura.demo;

import fi.taitoura.security.TaitouraPrincipal;
import fi.taitoura.security.Role;
import fi.taitoura.user.UserService;
import jakarta.persistence.EntityManager;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demo data set on the first start of a demo installation (no accounts yet) and prints the demo
 * accounts. Enabled by {@code taitoura.demo.enabled}: on by default with the embedded database, off with an
 * external one unless asked for ({@code TAITOURA_DEMO=true}).
 */
@Component
public class DemoDataLoader {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);
    public static final String DEMO_PASSWORD = "demo";

    private final List<DemoDataContributor> contributors;
    private final UserService users;
    private final TransactionTemplate tx;
    private final EntityManager entityManager;
    private final boolean enabled;

    DemoDataLoader(List<DemoDataContributor> contributors, UserService users, TransactionTemplate tx,
                   EntityManager entityManager, @Value("${taitoura.demo.enabled:}") String demo, @Value("${spring.datasource.url:}") String dbUrl) {
        this.contributors = contributors;
        this.users = users;
        this.tx = tx;
        this.entityManager = entityManager;
        this.enabled = demo.isBlank() ? dbUrl.isBlank() : Boolean.parseBoolean(demo);
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(10)
    public void onReady() {
        if (!enabled) {
            return;
        }
        if (users.count() > 0) {
            log.info("Demo data already loaded; demo accounts use the password '{}'", DEMO_PASSWORD);
            return;
        }
        long started = System.nanoTime();
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(systemAdmin());
        try {
            // One transaction: a start interrupted while loading (Ctrl-C, a crash) leaves no half-loaded demo that the
            // next start would take for a loaded one.
            tx.executeWithoutResult(s -> contributors.stream()
                    .sorted(Comparator.comparingInt(DemoDataContributor::order)).forEach(c -> {
                        log.info("Loading demo data: {}", c.getClass().getSimpleName());
                        c.load();
                        // keep the persistence context small: each contributor reads what it needs afresh
                        entityManager.flush();
                        entityManager.clear();
                    }));
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
        log.info("""

                ================================================================
                 Taitoura demo data loaded in {} s. Demo accounts (password: {}):
                   admin            pääkäyttäjä (ADMIN of Esimerkkilän kaupunki)
                   yllapitaja       ylläpitäjä (ADMIN without an organisation: the platform administrator)
                   valmentaja       työvalmentaja (COACH)
                   valmentaja2      työvalmentaja (COACH), cleaning and food services
                   uraagentti       ura-agentti (CAREER_AGENT)
                   opettaja         opettaja (TEACHER)
                   asiakasvastaava  asiakasvastaava (CASE_WORKER)
                   tiiminvetaja     tiiminvetäjä (TEAM_LEAD)
                   tyohonvalmentaja työhönvalmentaja (JOB_COACH), supported employment
                   tyohonvalmentaja2 työhönvalmentaja (JOB_COACH) of another team
                   valmentautuja    valmentautuja (TRAINEE): Mikko Laaksonen's own pages, on a phone too
                 A second organisation (Työpajayhdistys Verstas ry): the same roles as verstas.admin,
                 verstas.valmentaja, verstas.uraagentti, verstas.opettaja, verstas.asiakasvastaava,
                 verstas.tiiminvetaja.
                ================================================================""",
                (System.nanoTime() - started) / 1_000_000_000, DEMO_PASSWORD);
    }

    private static UsernamePasswordAuthenticationToken systemAdmin() {
        var authorities = Arrays.stream(Role.values()).map(r -> new SimpleGrantedAuthority(r.authority())).toList();
        var principal = new TaitouraPrincipal(null, "system", "Taitoura", "", true, authorities);
        return UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities);
    }
}
