package fi.taitoura.base.db;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After every migration, gives the application's database account exactly the rights it needs on each table: data
 * changes everywhere, but only SELECT and INSERT on the append-only tables (the audit log, the trainees a log entry
 * showed, the hash chain), and no DDL at all. Runs as the schema owner (Flyway's connection), so it works the same
 * for the embedded database and for a server where {@code spring.flyway.user} is the owner and
 * {@code TAITOURA_DB_USER} the application account.
 */
public class AppAccountGrants implements Callback {

    private static final Logger log = LoggerFactory.getLogger(AppAccountGrants.class);

    /** The prefix of the features' published reporting views (ADR 0022); the only views the account may read. */
    static final String REPORT_VIEW_PREFIX = "report_";

    private final String appUser;
    private final List<String> hosts;
    private final Set<String> appendOnly;

    public AppAccountGrants(String appUser, List<String> hosts, Set<String> appendOnly) {
        this.appUser = appUser;
        this.hosts = hosts;
        this.appendOnly = appendOnly;
    }

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.AFTER_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        try {
            apply(context.getConnection());
        } catch (SQLException e) {
            throw new IllegalStateException("Could not grant the application account its table rights", e);
        }
    }

    @Override
    public String getCallbackName() {
        return "app-account-grants";
    }

    /** Grants (and narrows) the application account's rights on every table of the connection's database. */
    public void apply(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        List<String> views = new ArrayList<>();
        String schema;
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT DATABASE()")) {
            rs.next();
            schema = rs.getString(1);
        }
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT table_name, table_type FROM information_schema.tables"
                     + " WHERE table_schema = DATABASE() AND table_type IN ('BASE TABLE', 'VIEW')")) {
            while (rs.next()) {
                ("VIEW".equals(rs.getString(2)) ? views : tables).add(rs.getString(1));
            }
        }
        try (Statement st = connection.createStatement()) {
            for (String host : hosts) {
                String account = "'" + appUser + "'@'" + host + "'";
                // Rights on the whole database (from an older set-up) would include DELETE on the audit log.
                tryRevoke(st, "REVOKE ALL PRIVILEGES ON `" + schema + "`.* FROM " + account);
                for (String table : tables) {
                    String target = "`" + schema + "`.`" + table + "`";
                    tryRevoke(st, "REVOKE ALL PRIVILEGES ON " + target + " FROM " + account);
                    String rights = appendOnly.contains(table) ? "SELECT, INSERT"
                            : table.startsWith("flyway_") ? "SELECT" : "SELECT, INSERT, UPDATE, DELETE";
                    st.execute("GRANT " + rights + " ON " + target + " TO " + account);
                }
                // the published reporting views (ADR 0022, named report_*) are read-only contracts: SELECT only
                // (they are SQL SECURITY INVOKER, so the account's table rights still apply beneath them); any
                // other view gets no right at all
                for (String view : views) {
                    if (!view.startsWith(REPORT_VIEW_PREFIX)) {
                        continue;
                    }
                    String target = "`" + schema + "`.`" + view + "`";
                    tryRevoke(st, "REVOKE ALL PRIVILEGES ON " + target + " FROM " + account);
                    st.execute("GRANT SELECT ON " + target + " TO " + account);
                }
            }
        }
        log.info("Application database account {}: data rights on {} tables, select on {} report views, select/insert"
                + " only on {}", appUser, tables.size(),
                views.stream().filter(v -> v.startsWith(REPORT_VIEW_PREFIX)).count(), appendOnly);
    }

    private static void tryRevoke(Statement st, String sql) {
        try {
            st.execute(sql);
        } catch (SQLException noSuchGrant) {
            // nothing to revoke
        }
    }
}
