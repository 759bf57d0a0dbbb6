package fi.taitoura.operations;

import java.nio.file.Path;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Backups taken by the running application on a schedule ({@code TAITOURA_BACKUP_SCHEDULE}, a Spring cron expression,
 * e.g. {@code 0 15 2 * * *}; off by default). The way to back up the embedded database without stopping it; with
 * several nodes, one of them takes each backup (ShedLock).
 */
@Component
@Profile("!command")
class ScheduledBackup {

    private static final Logger log = LoggerFactory.getLogger(ScheduledBackup.class);

    private final BackupService backups;
    private final ClusterLocks.NodeName node;
    private final Path dir;

    ScheduledBackup(BackupService backups, ClusterLocks.NodeName node,
                    @Value("${taitoura.backup.dir:./backups}") String dir) {
        this.backups = backups;
        this.node = node;
        this.dir = Path.of(dir);
    }

    @Scheduled(cron = "${taitoura.backup.schedule:-}", zone = "UTC")
    // lockAtMostFor is short on purpose: the keep-alive lock provider extends it while a long backup runs, and a
    // lock whose release failed (the database went down during the backup) then blocks the next backups for only
    // this long, not for the default 30 minutes.
    @SchedulerLock(name = "backup", lockAtLeastFor = "${taitoura.backup.lock-at-least-for:PT1M}",
            lockAtMostFor = "${taitoura.backup.lock-at-most-for:PT2M}")
    public void backup() {
        try {
            BackupService.BackupResult r = backups.backup(backups.target(), dir.toAbsolutePath(), backups.dataDir(), true);
            log.info("Scheduled backup by node {}: {} ({}, {} rows) in {} ms", node.value(), r.folder(),
                    Sizes.human(r.dumpBytes()), r.rows(), r.millis());
        } catch (Exception e) {
            log.error("Scheduled backup by node {} failed", node.value(), e);
        }
    }
}
