package fi.taitoura.benchmark;

import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Benchmarks write generated rows into the database they run on. They run on the embedded database (a data folder
 * of their own, e.g. {@code TAITOURA_DATA_DIR=target/benchmark}); a configured server ({@code TAITOURA_DB_URL}) is
 * refused unless the command line says {@code --force} (or {@code taitoura.benchmark.allow-external-database=true},
 * as the test suite does for its own disposable database).
 */
@Component
class BenchmarkGuard {

    static final String FORCE = "--force";

    private final String databaseUrl;
    private final boolean allowExternal;

    BenchmarkGuard(@Value("${spring.datasource.url:}") String databaseUrl,
                   @Value("${taitoura.benchmark.allow-external-database:false}") boolean allowExternal) {
        this.databaseUrl = databaseUrl;
        this.allowExternal = allowExternal;
    }

    /** Why the benchmark must not run with these arguments, or empty when it may. */
    Optional<String> refusal(List<String> args) {
        return refusal(databaseUrl, allowExternal || args.contains(FORCE));
    }

    static Optional<String> refusal(String databaseUrl, boolean forced) {
        if (databaseUrl == null || databaseUrl.isBlank() || forced) {
            return Optional.empty();
        }
        return Optional.of("Refusing to write benchmark data into the configured database " + databaseUrl
                + ": run benchmarks on the embedded database (unset TAITOURA_DB_URL, e.g. TAITOURA_DATA_DIR="
                + "target/benchmark), or add " + FORCE + " if this database is a disposable copy.");
    }
}
