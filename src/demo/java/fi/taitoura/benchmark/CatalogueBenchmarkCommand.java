package fi.taitoura.benchmark;

import fi.taitoura.security.SystemAuthentication;
import fi.taitoura.catalogue.*;
import fi.taitoura.base.command.TaitouraCommand;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * {@code ./run benchmark-catalogue-import [FILE|FOLDER] [--runs N]}: imports the largest ePerusteet export (by
 * default in {@code taitoura.catalogue.benchmark-dir}, ../shared/eperusteet) as a new qualification in a
 * transaction that is rolled back, and prints the time and rows per second beside the baseline of parsing the same
 * file alone. The catalogue is not changed.
 */
@Component
class CatalogueBenchmarkCommand implements TaitouraCommand {

    static final double TARGET_SECONDS = 5.0;

    private final CatalogueImportService imports;
    private final String defaultDir;
    private final BenchmarkGuard guard;

    CatalogueBenchmarkCommand(CatalogueImportService imports,
                              @Value("${taitoura.catalogue.benchmark-dir:../shared/eperusteet}") String defaultDir,
                              BenchmarkGuard guard) {
        this.imports = imports;
        this.defaultDir = defaultDir;
        this.guard = guard;
    }

    @Override
    public String name() {
        return "benchmark-catalogue-import";
    }

    @Override
    public String description() {
        return "Time importing the largest ePerusteet export (rolled back) against parsing it alone";
    }

    @Override
    public int run(List<String> args, PrintStream out) throws IOException {
        var refused = guard.refusal(args);
        if (refused.isPresent()) {
            out.println(refused.get());
            return 2;
        }
        args = args.stream().filter(a -> !BenchmarkGuard.FORCE.equals(a)).toList();
        int runs = 3;
        String target = defaultDir;
        for (int i = 0; i < args.size(); i++) {
            if ("--runs".equals(args.get(i)) && i + 1 < args.size()) {
                runs = Math.max(1, Integer.parseInt(args.get(++i)));
            } else {
                target = args.get(i);
            }
        }
        Path path = Path.of(target);
        Path file;
        if (Files.isDirectory(path)) {
            try (Stream<Path> files = Files.list(path)) {
                file = files.filter(Files::isRegularFile).filter(CatalogueImportCommand::isDocument)
                        .max(Comparator.comparingLong(CatalogueBenchmarkCommand::size)).orElse(null);
            }
            if (file == null) {
                out.println("No .json or .json.gz files in " + path);
                return 2;
            }
        } else if (Files.isRegularFile(path)) {
            file = path;
        } else {
            out.println("No such file or folder: " + path + "   Usage: ./run benchmark-catalogue-import [FILE|FOLDER] [--runs N]");
            return 2;
        }
        byte[] content = Files.readAllBytes(file);
        out.printf("Benchmark: %s (%.1f MB), %d run(s) after one warm-up; the import is rolled back%n",
                file, content.length / 1e6, runs);
        List<CatalogueImportService.BenchmarkRun> results = new ArrayList<>();
        for (int i = 0; i <= runs; i++) {
            CatalogueImportService.BenchmarkRun run = SystemAuthentication.call(() -> {
                try {
                    return imports.benchmark(file.toString(), content);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            if (i == 0) {
                out.printf("  warm-up (cold JVM): JSON parse %.3f s | parse to catalogue model %.3f s | import %.3f s%n",
                        run.jsonParseSeconds(), run.modelParseSeconds(), run.importSeconds());
            } else {
                results.add(run);
                out.printf("  run %d: JSON parse %.3f s | parse to catalogue model %.3f s | import %.3f s, %d rows, "
                                + "%.0f rows/s%n", i, run.jsonParseSeconds(), run.modelParseSeconds(), run.importSeconds(),
                        run.rows(), run.rows() / run.importSeconds());
            }
        }
        var best = results.stream().min(Comparator.comparingDouble(r -> r.modelParseSeconds() + r.importSeconds()))
                .orElseThrow();
        double total = best.modelParseSeconds() + best.importSeconds();
        double baseline = results.stream().mapToDouble(CatalogueImportService.BenchmarkRun::jsonParseSeconds).min()
                .orElse(0);
        out.printf("Baseline (parse the JSON alone): %.3f s, %.0f rows/s%n", baseline, best.rows() / baseline);
        out.printf("Import (parse + write %d rows):   %.3f s, %.0f rows/s (%.1fx the baseline)%n", best.rows(), total,
                best.rows() / total, total / baseline);
        out.printf("Target: under %.0f s for the largest file: %s%n", TARGET_SECONDS,
                total < TARGET_SECONDS ? "met" : "NOT met");
        return 0;
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return 0;
        }
    }
}
