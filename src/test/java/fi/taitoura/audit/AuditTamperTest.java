package fi.taitoura.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.taitoura.AbstractIntegrationTest;
import fi.taitoura.base.db.EmbeddedDatabaseConfig;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.DriverManager;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 12, finding 7: the application's database account cannot wipe or edit the audit log, the embedded
 * database has real accounts, and the hash chain shows an entry edited behind the application's back.
 */
class AuditTamperTest extends AbstractIntegrationTest {

    @Autowired
    AuditService audit;
    @Autowired
    AuditChain chain;
    @Autowired
    AuditVerifyCommand verifyCommand;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    @Qualifier("adminDataSource")
    DataSource adminDataSource;
    @Autowired
    EmbeddedDatabaseConfig.EmbeddedMariaDb server;

    @Test
    void theApplicationAccountCanOnlyAppendToTheLog() {
        runAs("valmentaja");
        audit.recordRead("Trainee", 77L, 77L, "what=tamperTest");
        Long id = jdbc.queryForObject("select max(id) from audit_log", Long.class);
        assertThatThrownBy(() -> jdbc.execute("TRUNCATE TABLE audit_log")).as("TRUNCATE passes triggers: not allowed")
                .hasStackTraceContaining("denied");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM audit_log WHERE id = ?", id));
        assertThatThrownBy(() -> jdbc.update("UPDATE audit_log SET actor = 'x' WHERE id = ?", id));
        assertThatThrownBy(() -> jdbc.execute("DROP TRIGGER audit_log_no_delete")).hasStackTraceContaining("denied");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM audit_chain")).hasStackTraceContaining("denied");
        assertThat(jdbc.queryForObject("select count(*) from audit_log where id = ?", Long.class, id)).isOne();
    }

    @Test
    void theEmbeddedDatabaseHasNoPasswordlessRootAndChecksItsGrants() {
        String url = "jdbc:mariadb://127.0.0.1:" + server.port() + "/taitoura";
        assertThatThrownBy(() -> DriverManager.getConnection(url, "root", "").close())
                .as("root cannot sign in without a password (and grant tables are in force)")
                .hasMessageContaining("denied");
        assertThatThrownBy(() -> DriverManager.getConnection(url, "nobody", "x").close())
                .as("an unknown account is refused: the server does not skip its grant tables")
                .hasMessageContaining("denied");
    }

    @Test
    void editingAnEntryBehindTheApplicationsBackIsDetected() throws Exception {
        runAs("valmentaja");
        audit.recordRead("Trainee", 78L, 78L, "what=chainTest");
        chain.sealPending();
        AuditChain.Verification before = chain.verify();
        assertThat(before.intact()).as(String.join("; ", before.problems())).isTrue();
        assertThat(before.unsealed()).isZero();
        assertThat(run("audit-verify")).isZero();

        JdbcTemplate admin = new JdbcTemplate(adminDataSource);
        Long id = jdbc.queryForObject("select max(id) from audit_log where details = 'what=chainTest'", Long.class);
        String original = jdbc.queryForObject("select actor from audit_log where id = ?", String.class, id);
        asOwnerWithoutUpdateTrigger(admin, () -> admin.update("UPDATE audit_log SET actor = 'someone' WHERE id = ?",
                id));
        try {
            AuditChain.Verification after = chain.verify();
            assertThat(after.intact()).isFalse();
            assertThat(after.problems()).anySatisfy(p -> assertThat(p).contains("audit entry " + id));
            assertThat(run("audit-verify")).as("the command exits with 3 when the chain is broken").isEqualTo(3);
        } finally {
            asOwnerWithoutUpdateTrigger(admin, () -> admin.update("UPDATE audit_log SET actor = ? WHERE id = ?",
                    original, id));
        }
        assertThat(chain.verify().intact()).isTrue();
    }

    private int run(String... args) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        return verifyCommand.run(List.of(args).subList(1, args.length), new PrintStream(out, true,
                StandardCharsets.UTF_8));
    }

    /** What a database administrator could do: drop the trigger, edit, put the trigger back. */
    private static void asOwnerWithoutUpdateTrigger(JdbcTemplate admin, Runnable edit) {
        admin.execute("DROP TRIGGER audit_log_no_update");
        try {
            edit.run();
        } finally {
            admin.execute("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log FOR EACH ROW "
                    + "SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_log is append-only'");
        }
    }
}
