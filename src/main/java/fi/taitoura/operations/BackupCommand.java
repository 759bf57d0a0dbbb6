package fi.taitoura.operations;

import fi.taitoura.base.command.TaitouraCommand;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** {@code ./run backup [DIR] [--without-keys]}: see {@link BackupService} and docs/operations.md. */
@Component
class BackupCommand implements TaitouraCommand {

    private final BackupService backups;
    private final String defaultDir;

    BackupCommand(BackupService backups, @Value("${taitoura.backup.dir:./backups}") String defaultDir) {
        this.backups = backups;
        this.defaultDir = defaultDir;
    }

    @Override
    public String name() {
        return "backup";
    }

    @Override
    public String description() {
        return "[DIR] [--without-keys]: dumps the database with mariadb-dump, with its key files, into a new folder";
    }

    @Override
    public int run(List<String> args, PrintStream out) throws Exception {
        boolean withKeys = !args.contains("--without-keys");
        List<String> dirs = args.stream().filter(a -> !a.startsWith("--")).toList();
        if (dirs.size() > 1 || args.stream().anyMatch(a -> a.startsWith("--") && !a.equals("--without-keys"))) {
            out.println("Usage: ./run backup [DIR] [--without-keys]");
            return 2;
        }
        Path parent = Path.of(dirs.isEmpty() ? defaultDir : dirs.get(0)).toAbsolutePath();
        DatabaseTarget target = backups.target();
        out.println("Backing up " + target + " into " + parent + " ...");
        BackupService.BackupResult r = backups.backup(target, parent, backups.dataDir(), withKeys);
        out.printf("Backup written: %s%n", r.folder());
        out.printf("  %s  %s, %d tables, %,d rows%n", BackupManifest.DUMP, Sizes.human(r.dumpBytes()), r.tables(), r.rows());
        out.printf("  keys: %s%n", r.keyFiles().isEmpty() ? (withKeys ? "none found" : "left out") : String.join(", ", r.keyFiles()));
        out.printf("  took %.1f s%n", r.millis() / 1000.0);
        out.println("The folder holds client data and the keys that decrypt it: keep it as safe as the database.");
        return 0;
    }
}
