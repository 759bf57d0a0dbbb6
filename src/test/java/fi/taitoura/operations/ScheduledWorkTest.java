package fi.taitoura.operations;

import static org.assertj.core.api.Assertions.assertThat;

import fi.taitoura.AbstractIntegrationTest;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Scheduled work runs on one node of a cluster: every {@code @Scheduled} method of Taitoura carries a ShedLock
 * {@code @SchedulerLock}, the lock lives in the shared database, and a job whose lock another node holds does not run.
 * (Two real nodes on one MariaDB server: ClusterTest.)
 */
class ScheduledWorkTest extends AbstractIntegrationTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    LockProvider locks;
    @Autowired
    ScheduledBackup scheduledBackup;

    @Test
    void everyScheduledMethodRunsUnderAClusterLock() {
        List<String> scheduled = new ArrayList<>();
        List<String> unlocked = new ArrayList<>();
        for (String name : context.getBeanDefinitionNames()) {
            Object bean = context.getBean(name);
            Class<?> type = AopUtils.getTargetClass(bean);
            if (!type.getName().startsWith("fi.taitoura.")) {
                continue;
            }
            for (Method m : type.getDeclaredMethods()) {
                if (AnnotatedElementUtils.hasAnnotation(m, Scheduled.class)) {
                    scheduled.add(type.getSimpleName() + "." + m.getName());
                    if (!AnnotatedElementUtils.hasAnnotation(m, SchedulerLock.class)) {
                        unlocked.add(type.getSimpleName() + "." + m.getName());
                    }
                }
            }
        }
        assertThat(scheduled).contains("ScheduledBackup.backup");
        assertThat(unlocked).as("@Scheduled methods without @SchedulerLock would run on every node").isEmpty();
    }

    /**
     * A lock whose release fails (the database is down when the job ends) stays until its lockAtMostFor: that must be
     * short, or one database hiccup stops the job on every node for the default 30 minutes (the keep-alive lock
     * provider extends it while a long job runs).
     */
    @Test
    void aLockWhoseReleaseFailedBlocksTheNextRunsOnlyBriefly() {
        List<String> checked = new ArrayList<>();
        for (String name : context.getBeanDefinitionNames()) {
            Class<?> type = AopUtils.getTargetClass(context.getBean(name));
            if (!type.getName().startsWith("fi.taitoura.")) {
                continue;
            }
            for (Method m : type.getDeclaredMethods()) {
                SchedulerLock lock = AnnotatedElementUtils.findMergedAnnotation(m, SchedulerLock.class);
                if (lock == null || !AnnotatedElementUtils.hasAnnotation(m, Scheduled.class)) {
                    continue;
                }
                String job = type.getSimpleName() + "." + m.getName();
                assertThat(lock.lockAtMostFor()).as(job + " sets its own lockAtMostFor").isNotBlank();
                Duration atMost = Duration.parse(context.getEnvironment().resolvePlaceholders(lock.lockAtMostFor()));
                assertThat(atMost).as(job + " lockAtMostFor").isLessThanOrEqualTo(Duration.ofMinutes(2))
                        .isGreaterThanOrEqualTo(Duration.ofSeconds(30)); // the keep-alive provider's minimum
                checked.add(job);
            }
        }
        assertThat(checked).contains("ScheduledBackup.backup");
    }

    @Test
    void aJobWhoseLockAnotherNodeHoldsDoesNotRun() throws Exception {
        Path dir = Path.of("target/test-backups").toAbsolutePath();
        Optional<SimpleLock> otherNode = locks.lock(new LockConfiguration(Instant.now(), "backup",
                Duration.ofMinutes(1), Duration.ZERO));
        assertThat(otherNode).isPresent();
        try {
            long before = count(dir);
            scheduledBackup.backup();
            assertThat(count(dir)).as("no backup while another node holds the lock").isEqualTo(before);
            assertThat(locks.lock(new LockConfiguration(Instant.now(), "backup", Duration.ofMinutes(1), Duration.ZERO)))
                    .as("a held lock is not granted twice").isEmpty();
        } finally {
            otherNode.get().unlock();
        }
        long before = count(dir);
        scheduledBackup.backup();
        assertThat(count(dir)).as("the lock is free again: the job runs").isEqualTo(before + 1);
    }

    private static long count(Path dir) throws Exception {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().startsWith("taitoura-")).count();
        }
    }
}
