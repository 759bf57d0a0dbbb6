package fi.taitoura.trainee;

import fi.taitoura.base.time.Time;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.taitoura.AbstractIntegrationTest;
import fi.taitoura.audit.AuditAction;
import fi.taitoura.audit.AuditFilter;
import fi.taitoura.audit.AuditService;
import fi.taitoura.base.BusinessRuleException;
import fi.taitoura.base.ConcurrentEditException;
import fi.taitoura.user.UserService;
import fi.taitoura.workplace.WorkUnit;
import fi.taitoura.workplace.WorkplaceService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

class TraineeServiceTest extends AbstractIntegrationTest {

    @Autowired
    TraineeService service;
    @Autowired
    WorkplaceService workplaces;
    @Autowired
    UserService users;
    @Autowired
    AuditService audit;
    @Autowired
    JdbcTemplate jdbc;

    private WorkUnit unit(String name) {
        return workplaces.findAllWorkUnits().stream().filter(u -> u.getName().equals(name)).findFirst().orElseThrow();
    }

    private TrainingPeriod period(String unitName, PeriodStatus status, LocalDate start, LocalDate end) {
        TrainingPeriod p = new TrainingPeriod();
        p.setWorkUnitId(unit(unitName).getId());
        p.setStatus(status);
        p.setServiceForm(ServiceForm.WORK_AND_EDUCATION);
        p.setStartDate(start);
        p.setPlannedEndDate(end);
        p.setDaysPerWeek(4);
        p.setHoursPerDay(new BigDecimal("5.0"));
        return p;
    }

    private Trainee trainee(String first, LocalDate born) {
        Trainee t = new Trainee();
        t.setFirstName(first);
        t.setLastName("Testinen");
        t.setDateOfBirth(born);
        return t;
    }

    @Test
    void accessIsScopedByRoleAndAnotherUnitsTraineeCannotBeOpened() {
        runAs("valmentaja");
        List<TraineeRow> mine = service.findVisibleTrainees();
        assertThat(mine).isNotEmpty().allMatch(r -> r.workUnit().startsWith("Kiinteistö")
                || r.workUnit().startsWith("Kierrätys"));
        runAs("valmentaja2");
        List<TraineeRow> other = service.findVisibleTrainees();
        assertThat(other).isNotEmpty().noneMatch(r -> r.workUnit().startsWith("Kiinteistö"));
        Long foreign = mine.get(0).traineeId();
        assertThatThrownBy(() -> service.requireTraineeForRead(foreign)).isInstanceOf(AccessDeniedException.class);

        runAs("uraagentti");
        assertThat(service.findVisibleTrainees()).extracting(TraineeRow::name)
                .contains("Tommi Kallio", "Niina Koskinen", "Mikko Laaksonen");
        runAs("asiakasvastaava");
        assertThat(service.findVisibleTrainees()).as("the referring case worker sees no client record (issue 12)")
                .isEmpty();
        assertThat(service.findReferredPeriods()).extracting(TraineeService.ReferredPeriod::traineeName)
                .contains("Mikko Laaksonen").doesNotContain("Tommi Kallio", "Niina Koskinen");
        runAs("opettaja");
        assertThat(service.findVisibleTrainees()).isEmpty();
        assertThatThrownBy(() -> service.requireTraineeForRead(foreign)).isInstanceOf(AccessDeniedException.class);
        runAs("admin");
        assertThat(service.findVisibleTrainees()).as("the administrator sees no client data").isEmpty();
    }

    @Test
    void readsAndChangesAreAudited() {
        runAs("valmentaja");
        Long id = service.findVisibleTrainees().get(0).traineeId();
        service.requireTraineeForRead(id);
        runAs("admin");
        assertThat(audit.search(new AuditFilter("valmentaja", "Trainee", id, id, AuditAction.READ, null, null),
                PageRequest.of(0, 5))).isNotEmpty();
    }

    @Test
    void personalIdIsValidatedStoredEncryptedAndShownMasked() {
        runAs("valmentaja");
        Trainee bad = trainee("Hetu", LocalDate.of(1990, 1, 1));
        assertThatThrownBy(() -> service.createTrainee(bad, "010190-123A",
                period("Kiinteistö- ja ympäristöhuolto", PeriodStatus.OTHER, Time.today(), Time.today())))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("trainee.error.personalId");
        Trainee mismatch = trainee("Hetu", LocalDate.of(1990, 1, 2));
        assertThatThrownBy(() -> service.createTrainee(mismatch, "010190-123M",
                period("Kiinteistö- ja ympäristöhuolto", PeriodStatus.OTHER, Time.today(), Time.today())))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("personalIdBirthDate");

        TrainingPeriod saved = service.createTrainee(trainee("Hetu", LocalDate.of(1990, 1, 1)), "010190-123m",
                period("Kiinteistö- ja ympäristöhuolto", PeriodStatus.OTHER, Time.today(), Time.today()));
        Long id = saved.getTrainee().getId();
        String stored = jdbc.queryForObject("select personal_id_enc from trainee where id = ?", String.class, id);
        assertThat(stored).isNotBlank().doesNotContain("010190");
        assertThat(service.maskedPersonalId(service.requireTraineeForRead(id))).isEqualTo("010190-****");
        assertThat(service.revealPersonalId(id)).contains("010190-123M");
        assertThatThrownBy(() -> service.createTrainee(trainee("Toinen", LocalDate.of(1990, 1, 1)), "010190-123M",
                period("Kiinteistö- ja ympäristöhuolto", PeriodStatus.OTHER, Time.today(), Time.today())))
                .as("a coach who already sees the person is pointed to the record").isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("personalIdKnown");
    }

    @Test
    void periodRulesAreCheckedWithClearReasons() {
        runAs("valmentaja");
        TrainingPeriod backwards = period("Kiinteistö- ja ympäristöhuolto", PeriodStatus.OTHER,
                LocalDate.of(2026, 5, 1), LocalDate.of(2026, 4, 1));
        assertThatThrownBy(() -> service.checkPeriod(backwards)).hasMessageContaining("period.error.endBeforeStart");
        TrainingPeriod sixDays = period("Kiinteistö- ja ympäristöhuolto", PeriodStatus.OTHER,
                LocalDate.of(2026, 5, 1), LocalDate.of(2026, 6, 1));
        sixDays.setDaysPerWeek(6);
        assertThatThrownBy(() -> service.checkPeriod(sixDays)).hasMessageContaining("period.error.daysPerWeek");

        TrainingPeriod first = service.createTrainee(trainee("Kokeilija", LocalDate.of(1995, 5, 5)), null,
                period("Kiinteistö- ja ympäristöhuolto", PeriodStatus.WORK_TRIAL, LocalDate.of(2026, 1, 1),
                        LocalDate.of(2026, 5, 31)));
        TrainingPeriod second = period("Kierrätyskeskus Kiertokaari", PeriodStatus.WORK_TRIAL,
                LocalDate.of(2026, 6, 1), LocalDate.of(2026, 8, 31));
        second.setTrainee(first.getTrainee());
        List<BusinessRuleException> warnings = service.checkPeriod(second);
        assertThat(warnings).extracting(BusinessRuleException::getMessageKey)
                .containsExactly("period.warning.workTrialOrganiser");
    }

    @Test
    void staleEditOfAPeriodIsRefused() {
        runAs("valmentaja");
        TrainingPeriod created = service.createTrainee(trainee("Vanha", LocalDate.of(1980, 2, 2)), null,
                period("Kiinteistö- ja ympäristöhuolto", PeriodStatus.OTHER, Time.today(),
                        Time.today().plusMonths(2)));
        TrainingPeriod a = service.requirePeriodForWrite(created.getId());
        TrainingPeriod b = service.requirePeriodForWrite(created.getId());
        a.setDaysPerWeek(3);
        service.savePeriod(a);
        b.setDaysPerWeek(2);
        assertThatThrownBy(() -> service.savePeriod(b)).isInstanceOf(ConcurrentEditException.class);
        assertThat(service.requirePeriodForRead(created.getId()).getDaysPerWeek()).isEqualTo(3);
    }

    @Test
    void goalsAndCardsFollowTheRules() {
        runAs("valmentaja");
        TrainingPeriod p = service.createTrainee(trainee("Tavoite", LocalDate.of(1985, 3, 3)), null,
                period("Kiinteistö- ja ympäristöhuolto", PeriodStatus.OTHER, Time.today().minusDays(10),
                        Time.today().plusMonths(2)));
        PersonalGoal g = new PersonalGoal();
        g.setDescription("Oppii ajamaan ruohonleikkuria turvallisesti");
        PersonalGoal saved = service.saveGoal(p.getId(), g);
        service.addFollowUp(saved.getId(), Time.today(), "Harjoiteltu kahdesti");
        assertThatThrownBy(() -> service.addFollowUp(saved.getId(), Time.today().plusDays(3), "tulevaisuus"))
                .hasMessageContaining("goal.error.followUpDate");
        assertThat(service.findGoals(p.getId())).singleElement()
                .satisfies(goal -> assertThat(goal.getFollowUps()).hasSize(1));

        TraineeCard card = new TraineeCard();
        card.setCardType(service.findCardTypes().get(0));
        card.setIssuedOn(Time.today().minusYears(1));
        card.setExpiresOn(Time.today().minusYears(2));
        assertThatThrownBy(() -> service.saveCard(p.getTrainee().getId(), card))
                .hasMessageContaining("card.error.expiresBeforeIssued");
        card.setExpiresOn(Time.today().plusDays(20));
        TraineeCard savedCard = service.saveCard(p.getTrainee().getId(), card);
        assertThat(savedCard.isExpiringSoon(Time.today())).isTrue();

        runAs("valmentaja2");
        assertThatThrownBy(() -> service.saveGoal(p.getId(), g)).isInstanceOf(AccessDeniedException.class);
    }
}
