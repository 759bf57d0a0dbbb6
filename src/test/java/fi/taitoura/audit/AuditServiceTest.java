package fi.taitoura.audit;

import fi.taitoura.base.time.Time;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.taitoura.AbstractIntegrationTest;
import fi.taitoura.security.SignInRefusedEvent;
import fi.taitoura.user.UserService;
import fi.taitoura.workplace.Organisation;
import fi.taitoura.workplace.OrganisationType;
import fi.taitoura.workplace.WorkplaceService;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;
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
    @Autowired
    WorkplaceService workplaces;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    UserService users;

    @Test
    void readsAreRecordedWithActorAndTraineeAndCanBeFiltered() {
        long trainee = uniqueId();
        Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        runAs("valmentaja");
        audit.recordRead("Trainee", trainee, trainee, "what=ledger");
        runAs("admin");
        var byTrainee = audit.search(new AuditFilter(null, null, null, trainee, null, null, null), PageRequest.of(0, 5));
        assertThat(byTrainee).singleElement().satisfies(e -> {
            assertThat(e.getActor()).isEqualTo("valmentaja");
            assertThat(e.getAction()).isEqualTo(AuditAction.READ);
            assertThat(e.getEntityId()).isEqualTo(trainee);
            assertThat(e.getDetails()).isEqualTo("what=ledger");
            assertThat(e.getOccurredAt()).isAfterOrEqualTo(before);
        });
        assertThat(audit.search(new AuditFilter("valm", "Trainee", trainee, null, AuditAction.READ,
                Time.today().minusDays(1), Time.today().plusDays(1)), PageRequest.of(0, 5))).hasSize(1);
        assertThat(audit.count(new AuditFilter(null, null, null, trainee, null, Time.today().plusDays(2), null)))
                .isZero();
        assertThat(audit.entityTypes()).contains("Trainee", "Organisation");
    }

    @Autowired
    @org.springframework.beans.factory.annotation.Qualifier("adminDataSource")
    javax.sql.DataSource adminDataSource;

    @Test
    void aChangeThroughAServiceIsRecordedInItsTransactionAndARolledBackOneIsNot() {
        runAs("yllapitaja");
        Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Organisation o = new Organisation();
        o.setName("Auditoitava yhdistys " + uniqueId());
        o.setType(OrganisationType.ASSOCIATION);
        Organisation saved = workplaces.saveOrganisation(o);
        var entries = audit.search(new AuditFilter(null, "Organisation", saved.getId(), null, null, null, null),
                PageRequest.of(0, 5));
        assertThat(entries).singleElement().satisfies(e -> {
            assertThat(e.getAction()).isEqualTo(AuditAction.CREATE);
            assertThat(e.getActor()).isEqualTo("yllapitaja");
            assertThat(e.getOccurredAt()).isAfterOrEqualTo(before);
        });

        long ghost = uniqueId();
        tx.executeWithoutResult(status -> {
            audit.recordChange(AuditAction.UPDATE, "Trainee", ghost, ghost, "fields=name");
            status.setRollbackOnly();
        });
        assertThat(audit.count(new AuditFilter(null, null, null, ghost, null, null, null))).isZero();
        assertThatThrownBy(() -> audit.recordChange(AuditAction.UPDATE, "Trainee", ghost, ghost, "fields=name"))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void refusedSignInsAreRecordedWithTheAccountAndAReasonCodeOnly() {
        runAs("admin");
        Long organisation = users.findByUsername("admin").orElseThrow().getOrganisationId();
        String name = "kirjautuja" + uniqueId();
        events.publishEvent(new SignInRefusedEvent(false, name, 42L, organisation, "badCredentials"));
        events.publishEvent(new SignInRefusedEvent(true, name, 42L, organisation, "account"));
        assertThat(audit.search(new AuditFilter(name, null, null, null, AuditAction.SIGN_IN_FAILED, null, null),
                PageRequest.of(0, 5))).singleElement().satisfies(e -> {
                    assertThat(e.getActor()).isEqualTo(name);
                    assertThat(e.getDetails()).isEqualTo("reason=badCredentials");
                });
        assertThat(audit.search(new AuditFilter(name, null, null, null, AuditAction.SIGN_IN_BLOCKED, null, null),
                PageRequest.of(0, 5))).singleElement().satisfies(e ->
                        assertThat(e.getDetails()).isEqualTo("reason=account"));
    }

    private static long uniqueId() {
        return 900_000_000L + ThreadLocalRandom.current().nextLong(100_000_000L);
    }

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
