package fi.taitoura.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.taitoura.AbstractIntegrationTest;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

class AuditServiceTest extends AbstractIntegrationTest {

    @Autowired
    AuditService audit;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void readsAreRecordedWithActorAndTraineeAndCanBeFiltered() {
        runAs("valmentaja");
        audit.recordRead("Trainee", 424242L, 424242L, "what=ledger");
        runAs("admin");
        var byTrainee = audit.search(new AuditFilter(null, null, null, 424242L, null, null, null), PageRequest.of(0, 5));
        assertThat(byTrainee).hasSize(1);
        assertThat(byTrainee.get(0).getActor()).isEqualTo("valmentaja");
        assertThat(byTrainee.get(0).getAction()).isEqualTo(AuditAction.READ);
        assertThat(audit.search(new AuditFilter("valm", "Trainee", 424242L, null, AuditAction.READ,
                LocalDate.now().minusDays(1), LocalDate.now().plusDays(1)), PageRequest.of(0, 5))).hasSize(1);
        assertThat(audit.count(new AuditFilter(null, null, null, 424242L, null, LocalDate.now().plusDays(2), null)))
                .isZero();
        assertThat(audit.entityTypes()).contains("Trainee", "Organisation");
    }

    @Autowired
    @org.springframework.beans.factory.annotation.Qualifier("adminDataSource")
    javax.sql.DataSource adminDataSource;

    @Test
    void theLogCannotBeChangedOrDeletedEvenWithSql() {
        runAs("admin");
        audit.recordRead("Trainee", 1L, 1L, null);
        Long id = jdbc.queryForObject("select max(id) from audit_log", Long.class);
        assertThatThrownBy(() -> jdbc.update("update audit_log set actor = 'x' where id = ?", id))
                .as("the application's account may not").hasStackTraceContaining("denied");
        assertThatThrownBy(() -> jdbc.update("delete from audit_log where id = ?", id))
                .hasStackTraceContaining("denied");
        JdbcTemplate owner = new JdbcTemplate(adminDataSource);
        assertThatThrownBy(() -> owner.update("update audit_log set actor = 'x' where id = ?", id))
                .as("and the triggers stop even the schema owner").hasMessageContaining("append-only");
        assertThatThrownBy(() -> owner.update("delete from audit_log where id = ?", id))
                .hasMessageContaining("append-only");
    }

    @Test
    void onlyAdminsBrowseTheLog() {
        runAs("valmentaja");
        assertThatThrownBy(() -> audit.search(AuditFilter.none(), PageRequest.of(0, 5)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void changesAreDescribedFieldByField() {
        assertThat(AuditService.describeChanges(Map.of("name", "A", "city", "X"), Map.of("name", "B", "city", "X")))
                .as("field names only, never values").isEqualTo("fields=name");
    }
}
