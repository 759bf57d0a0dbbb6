package fi.taitoura.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Benchmarks write only into the embedded database unless forced. */
class BenchmarkGuardTest {

    @Test
    void refusesAConfiguredDatabaseServer() {
        assertThat(BenchmarkGuard.refusal("jdbc:mariadb://db.example.fi:3306/taitoura", false))
                .hasValueSatisfying(m -> assertThat(m).contains("db.example.fi").contains("--force"));
    }

    @Test
    void runsOnTheEmbeddedDatabaseOrWhenForced() {
        assertThat(BenchmarkGuard.refusal("", false)).isEmpty();
        assertThat(BenchmarkGuard.refusal(null, false)).isEmpty();
        assertThat(BenchmarkGuard.refusal("jdbc:mariadb://db.example.fi:3306/taitoura", true)).isEmpty();
    }
}
