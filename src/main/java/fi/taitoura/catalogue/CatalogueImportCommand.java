package fi.taitoura.catalogue;

import fi.taitoura.security.SystemAuthentication;
import fi.taitoura.base.command.TaitouraCommand;
import fi.taitoura.catalogue.CatalogueImport.Channel;
import fi.taitoura.catalogue.CatalogueImportResult.Outcome;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * {@code ./run catalogue-import PATH...}: imports ePerusteet exports ({@code .json}, {@code .json.gz}; files or
 * folders) into the configured database, one summary line per file; exit code 0 when every file was imported (or
 * was already there), 1 when any file was rejected, 2 on wrong usage.
 */
@Component
public class CatalogueImportCommand implements TaitouraCommand {

    private final CatalogueImportService imports;

    CatalogueImportCommand(CatalogueImportService imports) {
        this.imports = imports;
    }

    @Override
    public String name() {
        return "catalogue-import";
    }

    @Override
    public String description() {
        return "Import ePerusteet exports (.json, .json.gz; files or folders) into the competence catalogue";
    }

    @Override
    public int run(List<String> args, PrintStream out) {
        if (args.isEmpty()) {
            out.println("Usage: ./run catalogue-import PATH...   (files or folders of .json / .json.gz ePerusteet exports)");
            return 2;
        }
        List<Path> files = new ArrayList<>();
        int failed = 0;
        for (String arg : args) {
            Path path = Path.of(arg);
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.list(path)) {
                    List<Path> found = walk.filter(Files::isRegularFile).filter(CatalogueImportCommand::isDocument)
                            .sorted().toList();
                    if (found.isEmpty()) {
                        out.println("SKIPPED " + path + ": no .json or .json.gz files in the folder");
                    }
                    files.addAll(found);
                } catch (IOException e) {
                    out.println("FAILED " + path + ": the folder cannot be read: " + e.getMessage());
                    failed++;
                }
            } else if (Files.isRegularFile(path)) {
                files.add(path);
            } else {
                out.println("FAILED " + path + ": no such file or folder");
                failed++;
            }
        }
        Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);
        for (Path file : files) {
            try {
                List<CatalogueImportResult> results = SystemAuthentication.call(
                        () -> imports.importFile(file, Channel.COMMAND));
                for (CatalogueImportResult r : results) {
                    out.println(r.summary());
                    outcomes.merge(r.outcome(), 1, Integer::sum);
                }
            } catch (CatalogueImportException ce) {
                out.println("REJECTED " + ce.getSource() + ": " + ce.getDetail() + " (at " + ce.getJsonPath()
                        + "). Nothing from this file was imported.");
                outcomes.merge(Outcome.REJECTED, 1, Integer::sum);
                failed++;
            } catch (RuntimeException e) {
                out.println("FAILED " + file + ": " + e + ". Nothing from this file was imported.");
                outcomes.merge(Outcome.REJECTED, 1, Integer::sum);
                failed++;
            }
        }
        out.println(files.size() + " file(s): " + outcomes.entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey().name().toLowerCase()).reduce((a, b) -> a + ", " + b)
                .orElse("nothing imported"));
        return failed == 0 ? 0 : 1;
    }

    /** True for an ePerusteet export file ({@code .json}, {@code .json.gz}). */
    public static boolean isDocument(Path p) {
        String name = p.getFileName().toString().toLowerCase();
        return name.endsWith(".json") || name.endsWith(".json.gz");
    }
}
