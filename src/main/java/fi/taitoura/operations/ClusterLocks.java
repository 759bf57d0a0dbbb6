package fi.taitoura.operations;

import java.lang.management.ManagementFactory;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import net.javacrumbs.shedlock.support.KeepAliveLockProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Locks shared by every node of one installation, in the database (ShedLock, table {@code shedlock}, the database's
 * clock): a {@code @Scheduled} method also carries {@code @SchedulerLock} so that it runs on one node only (checked by
 * ScheduledWorkTest), and the start-up tasks run on one node at a time ({@link StartupLock}).
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT2M")
public class ClusterLocks {

    /** This node's name in the lock table and the logs: {@code TAITOURA_NODE_NAME}, else host name, plus the pid. */
    @Bean
    NodeName nodeName(@Value("${taitoura.node-name:}") String configured) {
        String base = configured.isBlank() ? hostName() : configured;
        return new NodeName(base + ":" + ProcessHandle.current().pid());
    }

    /**
     * Extends long-held locks. Deliberately not a bean: Spring's scheduling would take a ScheduledExecutorService
     * bean as the scheduler of every {@code @Scheduled} method.
     */
    private static final ScheduledExecutorService KEEP_ALIVE = Executors.newSingleThreadScheduledExecutor(
            r -> Thread.ofPlatform().daemon().name("lock-keep-alive").unstarted(r));

    @Bean
    LockProvider lockProvider(DataSource dataSource, NodeName node) {
        JdbcTemplateLockProvider jdbc = new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .withLockedByValue(node.value())
                .usingDbTime()
                .build());
        // Long tasks keep their lock fresh; a node that dies loses it within lockAtMostFor (at least 30 s).
        return new KeepAliveLockProvider(jdbc, KEEP_ALIVE);
    }

    /** The name of this node. */
    public record NodeName(String value) {
    }

    private static String hostName() {
        String env = System.getenv("HOSTNAME");
        if (env != null && !env.isBlank()) {
            return env;
        }
        String runtime = ManagementFactory.getRuntimeMXBean().getName();
        int at = runtime.indexOf('@');
        return at >= 0 ? runtime.substring(at + 1) : "taitoura";
    }
}
