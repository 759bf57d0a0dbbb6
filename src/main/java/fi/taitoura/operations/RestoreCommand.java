package fi.taitoura.operations;

import fi.taitoura.base.command.TaitouraCommand;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** {@code ./run restore DIR [--replace]}: see {@link BackupService} and docs/operations.md. */
@Component
class RestoreCommand implements TaitouraCommand {

    private final BackupService backups;

    RestoreCommand(BackupService backups) {
        this.backups = backups;
    }

    @Override
    public String name() {
        return "restore";
    }

    @Override
    public String description() {
        return "DIR [--replace]: replaces the database with a backup folder's dump and restores its key files";
    }

    @Override
    public int run(List<String> args, PrintStream out) throws Exception {
        boolean replace = args.contains("--replace");
        List<String> dirs = args.stream().filter(a -> !a.startsWith("--")).toList();
        if (dirs.size() != 1 || args.stream().anyMatch(a -> a.startsWith("--") && !a.equals("--replace"))) {
            out.println("Usage: ./run restore DIR [--replace]   (DIR: a folder written by ./run backup)");
            return 2;
        }
        Path folder = Path.of(dirs.get(0)).toAbsolutePath();
        if (!Files.isRegularFile(folder.resolve(BackupManifest.FILE))) {
            out.println(folder + " is not a backup folder (no " + BackupManifest.FILE + ")");
            return 2;
        }
        BackupManifest manifest = BackupManifest.read(folder);
        DatabaseTarget target = backups.target();
        Map<String, Long> now = backups.rowCounts(target);
        long rowsNow = now.values().stream().mapToLong(Long::longValue).sum();
        out.printf("Backup %s: taken %s from %s, schema version %s, %,d rows in %d tables%n", folder.getFileName(),
                manifest.info().get("created"), manifest.info().get("source"), manifest.info().get("schema.version"),
                manifest.totalRows(), manifest.rows().size());
        if (rowsNow > 0 && !replace) {
            out.printf("%s holds %,d rows in %d tables now. Restoring replaces all of it: run again with --replace.%n",
                    target, rowsNow, now.size());
            return 2;
        }
        out.println("Restoring into " + target + " ...");
        BackupService.RestoreResult r = backups.restore(folder, target, backups.dataDir());
        out.printf("Restored %,d rows in %d tables in %.1f s%n", r.rows(), r.tables(), r.millis() / 1000.0);
        r.keyNotes().forEach(n -> out.println("  key " + n));
        if (!r.ok()) {
            out.println("The restored rows differ from the backup's manifest:");
            r.problems().forEach(p -> out.println("  " + p));
            return 1;
        }
        out.println("Every table holds the rows the backup recorded. Start Taitoura: it migrates the schema forward "
                + "when the backup is older than this version.");
        return 0;
    }
}
