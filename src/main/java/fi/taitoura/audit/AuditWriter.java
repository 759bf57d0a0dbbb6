package fi.taitoura.audit;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.Calendar;
import java.util.List;
import java.util.TimeZone;
import javax.sql.DataSource;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;

/**
 * Writes the entries that must not share the caller's transaction (reads, refusals, security events) through a
 * small pool of its own (ADR 0031). A caller may hold a connection of the application's pool while it waits for one
 * of these, but a connection of this pool is only ever held for the inserts and never waits for anything else, so
 * there is no cycle: a request never needs two connections of the same pool at once, and the application's pool
 * cannot deadlock under load (issue 18, the load test at 50 users).
 * <p>
 * The pool copies the application pool's settings (address, account, time-outs); the account may insert into the
 * audit log, as before.
 */
@Component
class AuditWriter implements DisposableBean {

    private static final String INSERT_ENTRY = "INSERT INTO audit_log (occurred_at, actor_user_id, actor, action,"
            + " entity_type, entity_id, trainee_id, organisation_id, actor_organisation_id, details)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_SHOWN = "INSERT INTO audit_log_trainee (audit_id, trainee_id, organisation_id)"
            + " VALUES (?, ?, ?)";

    /** One entry as written; {@code shown} the trainees a list showed, with their organisations. */
    record Row(Instant occurredAt, Long actorUserId, String actor, AuditAction action, String entityType,
               Long entityId, Long traineeId, Long organisationId, Long actorOrganisationId, String details,
               List<AuditSubject> shown) {
    }

    private final HikariDataSource pool;

    AuditWriter(DataSource dataSource, @Value("${taitoura.audit.pool-size:3}") int size) {
        HikariConfig config = new HikariConfig();
        try {
            dataSource.unwrap(HikariDataSource.class).copyStateTo(config);
        } catch (SQLException e) {
            throw new IllegalStateException("The application's data source is not a Hikari pool", e);
        }
        config.setPoolName((config.getPoolName() == null ? "taitoura" : config.getPoolName()) + "-audit");
        config.setMaximumPoolSize(size);
        config.setMinimumIdle(1);
        config.setAutoCommit(true);
        config.setReadOnly(false);
        this.pool = new HikariDataSource(config);
    }

    /** Writes the rows in one transaction of this pool; a failure is thrown (the caller decides what it means). */
    void write(List<Row> rows) {
        if (rows.isEmpty()) {
            return;
        }
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            try {
                insert(c, rows);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("Could not write " + rows.size() + " audit entries", e);
        }
    }

    /** Inserts the rows on the connection, in its transaction: those without listed trainees in one batch. */
    static void insert(Connection c, List<Row> rows) throws SQLException {
        Calendar utc = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
        boolean batched = false;
        try (PreparedStatement plain = c.prepareStatement(INSERT_ENTRY);
             PreparedStatement keyed = c.prepareStatement(INSERT_ENTRY, Statement.RETURN_GENERATED_KEYS);
             PreparedStatement shown = c.prepareStatement(INSERT_SHOWN)) {
            boolean anyShown = false;
            for (Row row : rows) {
                if (row.shown().isEmpty()) {
                    bind(plain, row, utc);
                    plain.addBatch();
                    batched = true;
                    continue;
                }
                // a list's entry: its id is needed for the trainees it showed
                bind(keyed, row, utc);
                keyed.executeUpdate();
                long id;
                try (ResultSet keys = keyed.getGeneratedKeys()) {
                    if (!keys.next()) {
                        throw new SQLException("No id for an audit entry");
                    }
                    id = keys.getLong(1);
                }
                for (AuditSubject s : row.shown()) {
                    shown.setLong(1, id);
                    shown.setLong(2, s.getTraineeId());
                    setLong(shown, 3, s.getOrganisationId());
                    shown.addBatch();
                    anyShown = true;
                }
            }
            if (batched) {
                plain.executeBatch();
            }
            if (anyShown) {
                shown.executeBatch();
            }
        }
    }

    private static void bind(PreparedStatement ps, Row row, Calendar utc) throws SQLException {
        ps.setTimestamp(1, Timestamp.from(row.occurredAt()), utc);
        setLong(ps, 2, row.actorUserId());
        ps.setString(3, row.actor());
        ps.setString(4, row.action().name());
        ps.setString(5, row.entityType());
        setLong(ps, 6, row.entityId());
        setLong(ps, 7, row.traineeId());
        setLong(ps, 8, row.organisationId());
        setLong(ps, 9, row.actorOrganisationId());
        if (row.details() == null) {
            ps.setNull(10, Types.VARCHAR);
        } else {
            ps.setString(10, row.details());
        }
    }

    private static void setLong(PreparedStatement ps, int index, Long value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.BIGINT);
        } else {
            ps.setLong(index, value);
        }
    }

    @Override
    public void destroy() {
        pool.close();
    }
}
