package fi.taitoura.trainee;

import fi.taitoura.base.time.Time;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.taitoura.AbstractIntegrationTest;
import fi.taitoura.audit.AuditAction;
import fi.taitoura.audit.AuditFilter;
import fi.taitoura.audit.AuditService;
import fi.taitoura.workplace.WorkUnit;
import fi.taitoura.workplace.WorkplaceService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

/**
 * Issue 12, finding 5: entering a personal identity code does not tell a coach that the person is a client
 * elsewhere; the attempt is audited and an administrator links the duplicate records.
 */
class PersonalIdOracleTest extends AbstractIntegrationTest {

    @Autowired
    TraineeService trainees;
    @Autowired
    TraineeDuplicateService duplicates;
    @Autowired
    WorkplaceService workplaces;
    @Autowired
    AuditService audit;

    private TrainingPeriod period(String unitName) {
        WorkUnit unit = workplaces.findAllWorkUnits().stream().filter(u -> u.getName().equals(unitName)).findFirst()
                .orElseThrow();
        TrainingPeriod p = new TrainingPeriod();
        p.setWorkUnitId(unit.getId());
        p.setStatus(PeriodStatus.OTHER);
        p.setServiceForm(ServiceForm.WORK_AND_EDUCATION);
        // long past, so that these records never come first in the coaches' lists other tests read
        // a running period: a coach's access ends 90 days after a period (issue 12, finding 6)
        p.setStartDate(Time.today().minusMonths(1));
        p.setPlannedEndDate(Time.today().plusMonths(2));
        p.setDaysPerWeek(4);
        p.setHoursPerDay(new BigDecimal("5.0"));
        return p;
    }

    private static Trainee person(LocalDate born) {
        Trainee t = new Trainee();
        t.setFirstName("Sama");
        t.setLastName("Henkilö");
        t.setDateOfBirth(born);
        return t;
    }

    /** A valid code for the date: individual number 900-998 and its check character. */
    private static String code(LocalDate born) {
        int individual = 900 + ThreadLocalRandom.current().nextInt(99);
        String digits = String.format("%02d%02d%02d%03d", born.getDayOfMonth(), born.getMonthValue(),
                born.getYear() % 100, individual);
        String checks = "0123456789ABCDEFHJKLMNPRSTUVWXY";
        return digits.substring(0, 6) + "-" + digits.substring(6) + checks.charAt((int) (Long.parseLong(digits) % 31));
    }

    @Test
    void aCodeAnotherUnitHoldsIsSavedWithoutATellingMessageAuditedAndLinkedByTheAdministrator() {
        LocalDate born = LocalDate.of(1985, 1 + ThreadLocalRandom.current().nextInt(12),
                1 + ThreadLocalRandom.current().nextInt(28));
        String code = code(born);
        runAs("valmentaja");
        TrainingPeriod first = trainees.createTrainee(person(born), code, period("Kiinteistö- ja ympäristöhuolto"));
        Long firstId = first.getTrainee().getId();

        runAs("valmentaja2");
        assertThatThrownBy(() -> trainees.requireTraineeForRead(firstId)).isInstanceOf(AccessDeniedException.class);
        TrainingPeriod second = trainees.createTrainee(person(born), code, period("Siivouspalvelut"));
        Long secondId = second.getTrainee().getId();
        assertThat(secondId).as("saved like any new trainee: nothing tells that the person is a client elsewhere")
                .isNotEqualTo(firstId);

        runAs("admin");
        assertThat(audit.search(new AuditFilter("valmentaja2", "TraineeDuplicate", firstId, secondId,
                AuditAction.CREATE, null, null), PageRequest.of(0, 5))).as("the attempt is audited").hasSize(1);
        var group = duplicates.findGroups().stream().filter(g -> g.records().stream()
                .anyMatch(r -> r.traineeId().equals(secondId))).findFirst().orElseThrow();
        assertThat(group.records()).extracting(TraineeDuplicateService.DuplicateRecord::traineeId)
                .containsExactly(firstId, secondId);
        duplicates.link(firstId, secondId);
        assertThat(duplicates.findGroups()).noneMatch(g -> g.records().stream()
                .anyMatch(r -> r.traineeId().equals(secondId)));

        runAs("valmentaja2");
        assertThat(trainees.findPeriodsOfTrainee(firstId)).as("the period moved to the kept record")
                .extracting(TrainingPeriod::getId).contains(second.getId());
    }

    @Test
    void onlyAnAdministratorLinks() {
        runAs("valmentaja");
        assertThatThrownBy(() -> duplicates.findGroups()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> duplicates.link(1L, 2L)).isInstanceOf(AccessDeniedException.class);
    }
}
