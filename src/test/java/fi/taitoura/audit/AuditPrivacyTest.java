package fi.taitoura.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.taitoura.AbstractIntegrationTest;
import fi.taitoura.trainee.Trainee;
import fi.taitoura.trainee.TraineeRow;
import fi.taitoura.trainee.TraineeService;
import fi.taitoura.user.AppUser;
import fi.taitoura.security.Role;
import fi.taitoura.user.UserService;
import fi.taitoura.workplace.Organisation;
import fi.taitoura.workplace.WorkplaceService;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 12, finding 2: the audit log holds ids and kinds only, records reads of itself, is scoped by organisation
 * and answers "who saw client X" (opened records, lists that showed them, refused attempts).
 */
class AuditPrivacyTest extends AbstractIntegrationTest {

    private static final AtomicInteger SEQ = new AtomicInteger((int) (System.nanoTime() % 10_000));

    @Autowired
    AuditService audit;
    @Autowired
    TraineeService trainees;
    @Autowired
    UserService users;
    @Autowired
    WorkplaceService workplaces;
    @Autowired
    TransactionTemplate tx;

    private List<AuditEntry> byTrainee(Long traineeId, AuditAction action) {
        return audit.search(new AuditFilter(null, null, null, traineeId, action, null, null), PageRequest.of(0, 200));
    }

    @Test
    void aChangedTraineeRecordLeavesFieldNamesOnlyNeverTheValues() {
        runAs("valmentaja");
        Long id = trainees.findVisibleTrainees().get(0).traineeId();
        Trainee t = trainees.requireTraineeForRead(id);
        String phone = "040 " + (1_000_000 + SEQ.incrementAndGet());
        t.setPhone(phone);
        t.setAddress("Salaisentie " + SEQ.get() + " B 12");
        t.setSupportNeeds("Tarvitsee taukoja selkäkivun vuoksi " + SEQ.get());
        trainees.updateTrainee(t, null);

        runAs("admin");
        AuditEntry change = byTrainee(id, AuditAction.UPDATE).get(0);
        assertThat(change.getEntityType()).isEqualTo("Trainee");
        assertThat(change.getDetails()).contains("phone", "address", "supportNeeds")
                .doesNotContain(phone).doesNotContain("Salaisentie").doesNotContain("selkäkivun");
    }

    @Test
    void freeTextIsRefusedAsAuditDetails() {
        runAs("valmentaja");
        assertThatThrownBy(() -> audit.recordRead("Trainee", 1L, 1L, "Matti Meikäläinen, puh. 040 123"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> audit.recordRead("Trainee", 1L, 1L, "what=cancelled: sairastui"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(AuditDetails.of("what", "pdf", "lang", "fi", "period", 12L)).isEqualTo("what=pdf;lang=fi;period=12");
    }

    @Test
    void readingTheLogIsItselfLoggedWithTheTraineeAskedAbout() {
        runAs("admin");
        long seq = 900_000 + SEQ.incrementAndGet();
        audit.search(new AuditFilter(null, null, null, seq, null, null, null), PageRequest.of(0, 5));
        List<AuditEntry> reads = audit.search(new AuditFilter("admin", AuditService.AUDIT_LOG, null, null,
                AuditAction.READ, null, null), PageRequest.of(0, 50));
        assertThat(reads).as("the query is logged with the trainee asked about")
                .anySatisfy(e -> assertThat(e.getDetails()).contains("filter=trainee").contains("trainee=" + seq));
        assertThat(audit.search(new AuditFilter(null, null, null, seq, null, null, null), PageRequest.of(0, 5)))
                .as("but the administrator's own queries do not fill that trainee's log").isEmpty();
    }

    @Test
    void listsRecordWhichTraineesWereShownAndRefusedReadsAreLogged() {
        runAs("valmentaja");
        List<TraineeRow> mine = trainees.findVisibleTrainees();
        Long shown = mine.get(mine.size() - 1).traineeId();
        runAs("valmentaja2");
        assertThatThrownBy(() -> trainees.requireTraineeForRead(shown)).isInstanceOf(AccessDeniedException.class);

        runAs("admin");
        assertThat(byTrainee(shown, AuditAction.READ)).as("who saw the trainee: the list view counts")
                .anySatisfy(e -> {
                    assertThat(e.getEntityType()).isEqualTo("TraineeList");
                    assertThat(e.getActor()).isEqualTo("valmentaja");
                    assertThat(e.getShown()).extracting(AuditSubject::getTraineeId).contains(shown);
                });
        assertThat(byTrainee(shown, AuditAction.REFUSED)).as("and so does the refused attempt")
                .anySatisfy(e -> assertThat(e.getActor()).isEqualTo("valmentaja2"));
    }

    @Test
    void anAdministratorOfAnotherOrganisationSeesNoneOfThisOrganisationsEntries() {
        runAs("valmentaja");
        Long id = trainees.findVisibleTrainees().get(0).traineeId();
        trainees.requireTraineeForRead(id);

        runAs("yllapitaja");
        int n = SEQ.incrementAndGet();
        Organisation other = new Organisation();
        other.setName("Toinen kunta " + n);
        other.setMunicipality("Toinen " + n);
        Organisation saved = workplaces.saveOrganisation(other);
        AppUser admin2 = new AppUser();
        admin2.setUsername("admin-other-" + n);
        admin2.setFullName("Toisen kunnan pääkäyttäjä");
        admin2.setRoles(Set.of(Role.ADMIN));
        admin2.setOrganisationId(saved.getId());
        AppUser other2 = users.save(admin2, "salasana-1234");
        try {
            runAs("admin");
            assertThat(byTrainee(id, null)).as("the trainee's own organisation sees who read it").isNotEmpty();

            runAs("admin-other-" + n);
            assertThat(byTrainee(id, null)).as("another organisation's administrator sees nothing of it").isEmpty();
            assertThat(audit.search(new AuditFilter("valmentaja", null, null, null, null, null, null),
                    PageRequest.of(0, 5))).isEmpty();
        } finally {
            runAs("yllapitaja");
            users.setActive(other2.getId(), false);
        }
    }
}
