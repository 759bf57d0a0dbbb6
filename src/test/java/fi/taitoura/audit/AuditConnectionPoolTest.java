package fi.taitoura.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import fi.taitoura.AbstractIntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 18's load test at 50 users: each read transaction held its pooled connection while it waited for a second
 * one to write its audit entries, so with as many concurrent requests as connections none could finish (a pool
 * deadlock, "Connection is not available" after the pool's time-out). Here as many read-only transactions as the
 * pool has connections hold them all at once, each records a read (and some a refusal, some roll back), and all
 * must complete with every entry written.
 */
class AuditConnectionPoolTest extends AbstractIntegrationTest {

    @Autowired
    AuditService audit;
    @Autowired
    DataSource dataSource;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void asManyReadTransactionsAsPooledConnectionsAtOnceAllWriteTheirEntries() throws Exception {
        HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
        int callers = pool.getMaximumPoolSize();
        assertThat(pool.getConnectionTimeout()).as("the wait a deadlock would end in")
                .isLessThan(TimeUnit.SECONDS.toMillis(60));
        CyclicBarrier allHoldingTheirConnection = new CyclicBarrier(callers);
        TransactionTemplate readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        long base = 800_000_000L + ThreadLocalRandom.current().nextLong(90_000_000L);
        ExecutorService threads = Executors.newFixedThreadPool(callers);
        try {
            List<Future<?>> calls = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                long trainee = base + i;
                int n = i;
                calls.add(threads.submit(() -> readOnly.executeWithoutResult(status -> {
                    // the transaction's own connection, in use
                    assertThat(jdbc.queryForObject("SELECT CONNECTION_ID()", Long.class)).isPositive();
                    audit.recordRead("Trainee", trainee, trainee, "what=poolTest");
                    try {
                        allHoldingTheirConnection.await(60, TimeUnit.SECONDS);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    if (n % 3 == 1) {
                        audit.recordRefused("Trainee", trainee, trainee, "what=poolTest");
                    }
                    if (n % 3 == 2) {
                        status.setRollbackOnly();
                    }
                })));
            }
            for (Future<?> call : calls) {
                call.get(90, TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE trainee_id BETWEEN ? AND ?"
                + " AND action = 'READ' AND details = 'what=poolTest'", Long.class, base, base + callers - 1))
                .as("every read written, those of rolled-back transactions too").isEqualTo(callers);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE trainee_id BETWEEN ? AND ?"
                + " AND action = 'REFUSED'", Long.class, base, base + callers - 1))
                .isEqualTo((callers + 1) / 3);
        assertThat(jdbc.queryForObject("SELECT TIMESTAMPDIFF(SECOND, MIN(occurred_at), UTC_TIMESTAMP(6)) FROM audit_log"
                + " WHERE trainee_id BETWEEN ? AND ?", Long.class, base, base + callers - 1))
                .as("written in UTC, as Hibernate writes the other entries").isBetween(0L, 300L);
    }
}
