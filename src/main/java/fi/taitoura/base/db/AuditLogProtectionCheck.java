package fi.taitoura.base.db;

import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * At start, tells the operator when the application's database account could wipe the audit log (DELETE, DROP or
 * all privileges on the database or the log): the triggers alone do not stop TRUNCATE.
 */
@Component
class AuditLogProtectionCheck {

    private static final Logger log = LoggerFactory.getLogger(AuditLogProtectionCheck.class);

    private final DataSource dataSource;

    AuditLogProtectionCheck(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @EventListener(ApplicationReadyEvent.class)
    void check() {
        if (!isProtected()) {
            log.warn("The application's database account may delete or truncate the audit log. Give migrations their "
                    + "own account (TAITOURA_DB_ADMIN_USER / TAITOURA_DB_ADMIN_PASSWORD) so that the application "
                    + "account gets only SELECT and INSERT on it; see README, Configuration");
        }
    }

    /** True when no grant of the current account covers deleting from or dropping the audit log. */
    boolean isProtected() {
        try {
            List<String> grants = new JdbcTemplate(dataSource).queryForList("SHOW GRANTS FOR CURRENT_USER()",
                    String.class);
            for (String g : grants) {
                String s = g.toUpperCase(Locale.ROOT).replace("`", "");
                boolean wide = s.contains(" ON *.* ") || s.matches(".* ON [A-Z0-9_]+\\.\\* .*")
                        || s.contains(".AUDIT_LOG ");
                if (wide && (s.contains("ALL PRIVILEGES") || s.contains("DELETE") || s.contains("DROP"))) {
                    return false;
                }
            }
            return true;
        } catch (RuntimeException e) {
            log.debug("Could not read the account's grants: {}", e.toString());
            return true;
        }
    }
}
