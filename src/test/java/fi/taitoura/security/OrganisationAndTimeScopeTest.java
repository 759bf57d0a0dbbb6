package fi.taitoura.security;

import fi.taitoura.base.time.Time;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.taitoura.AbstractIntegrationTest;
import fi.taitoura.demonstration.DemonstrationService;
import fi.taitoura.trainee.PeriodStatus;
import fi.taitoura.trainee.ServiceForm;
import fi.taitoura.trainee.Trainee;
import fi.taitoura.trainee.TraineeService;
import fi.taitoura.trainee.TrainingPeriod;
import fi.taitoura.user.AppUser;
import fi.taitoura.user.UserService;
import fi.taitoura.workplace.Organisation;
import fi.taitoura.workplace.WorkUnit;
import fi.taitoura.workplace.WorkplaceService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Issue 12, finding 6: organisations take part in access decisions (team leads and an organisation's administrator
 * act within their organisation; the platform administrator across them), and a coach's access to past trainees
 * and a teacher's access to a demonstration's evidence end a configured time after the period or demonstration.
 */
class OrganisationAndTimeScopeTest extends AbstractIntegrationTest {

    @Autowired
    WorkplaceService workplaces;
    @Autowired
    UserService users;
    @Autowired
    TraineeService trainees;
    @Autowired
    DemonstrationService demonstrations;
    @Autowired
    JdbcTemplate jdbc;

    private WorkUnit unit(String name) {
        return workplaces.findAllWorkUnits().stream().filter(u -> u.getName().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void aTeamLeadManagesTheUnitsOfTheirOwnOrganisationOnly() {
        runAs("tiiminvetaja");
        WorkUnit own = unit("Kiinteistö- ja ympäristöhuolto");
        WorkUnit other = unit("Verstas, Puutyöpaja");
        assertThat(workplaces.canEdit(own.getId())).isTrue();
        assertThat(workplaces.canEdit(other.getId())).isFalse();
        assertThat(workplaces.findVisibleWorkUnits()).extracting(WorkUnit::getName)
                .contains(own.getName()).doesNotContain(other.getName());
        assertThat(workplaces.findVisibleWorkUnit(other.getId())).isEmpty();
        other.setName("Verstas, Puutyöpaja (muutettu)");
        assertThatThrownBy(() -> workplaces.saveWorkUnitBasics(other)).isInstanceOf(AccessDeniedException.class);
        WorkUnit foreignNew = new WorkUnit();
        foreignNew.setOrganisation(unit("Verstas, Puutyöpaja").getOrganisation());
        foreignNew.setName("Vieras yksikkö");
        assertThatThrownBy(() -> workplaces.saveWorkUnitBasics(foreignNew)).isInstanceOf(AccessDeniedException.class);

        runAs("verstas.tiiminvetaja");
        assertThat(workplaces.canEdit(unit("Verstas, Puutyöpaja").getId())).isTrue();
        assertThat(workplaces.canEdit(own.getId())).isFalse();
    }

    @Test
    void anOrganisationsAdministratorAdministersTheirOrganisationAndThePlatformAdministratorAll() {
        runAs("admin");
        AppUser foreign = users.findByUsername("verstas.valmentaja").orElseThrow();
        assertThat(users.findAll()).extracting(AppUser::getUsername).contains("valmentaja")
                .doesNotContain("verstas.valmentaja", "verstas.admin", "yllapitaja");
        assertThatThrownBy(() -> users.resetPassword(foreign.getId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.setActive(foreign.getId(), false)).isInstanceOf(AccessDeniedException.class);
        AppUser moved = users.findByUsername("valmentaja2").orElseThrow();
        moved.setOrganisationId(foreign.getOrganisationId());
        assertThatThrownBy(() -> users.save(moved, null)).as("no account into another organisation")
                .isInstanceOf(AccessDeniedException.class);
        assertThat(workplaces.canEdit(unit("Verstas, Puutyöpaja").getId())).isFalse();
        Organisation created = new Organisation();
        created.setName("Kolmas järjestö");
        assertThatThrownBy(() -> workplaces.saveOrganisation(created)).as("only the platform administrator")
                .isInstanceOf(AccessDeniedException.class);
        Organisation verstas = unit("Verstas, Puutyöpaja").getOrganisation();
        assertThatThrownBy(() -> workplaces.saveOrganisation(verstas)).isInstanceOf(AccessDeniedException.class);

        runAs("yllapitaja");
        assertThat(users.findAll()).extracting(AppUser::getUsername)
                .contains("valmentaja", "verstas.valmentaja", "verstas.admin");
        assertThat(workplaces.canEdit(unit("Verstas, Puutyöpaja").getId())).isTrue();
        assertThat(workplaces.canEdit(unit("Kiinteistö- ja ympäristöhuolto").getId())).isTrue();
    }

    @Test
    void staffOfAnotherOrganisationReachNoneOfItsTrainees() {
        runAs("verstas.valmentaja");
        Long verstasTrainee = trainees.findVisibleTrainees().get(0).traineeId();
        runAs("valmentaja");
        assertThat(trainees.findVisibleTrainees()).extracting(r -> r.traineeId()).doesNotContain(verstasTrainee);
        assertThatThrownBy(() -> trainees.requireTraineeForRead(verstasTrainee))
                .isInstanceOf(AccessDeniedException.class);
        runAs("tiiminvetaja");
        assertThatThrownBy(() -> trainees.requireTraineeForRead(verstasTrainee))
                .isInstanceOf(AccessDeniedException.class);
        runAs("verstas.uraagentti");
        assertThat(trainees.findVisibleTrainees()).extracting(r -> r.traineeId()).containsExactly(verstasTrainee);
        assertThat(trainees.findWorkUnitsForNewPeriods()).extracting(fi.taitoura.workplace.WorkplaceService.UnitRef::name)
                .containsExactly("Verstas, Puutyöpaja");
    }

    /** A period of valmentaja's unit with uraagentti as career agent that ended {@code daysAgo} days ago. */
    private TrainingPeriod ended(String name, int daysAgo) {
        runAs("uraagentti");
        TrainingPeriod p = new TrainingPeriod();
        p.setWorkUnitId(unit("Kiinteistö- ja ympäristöhuolto").getId());
        p.setStatus(PeriodStatus.WORK_TRIAL);
        p.setServiceForm(ServiceForm.ASSESSMENT);
        p.setStartDate(Time.today().minusDays(daysAgo + 60));
        p.setPlannedEndDate(Time.today().minusDays(daysAgo));
        p.setEndDate(Time.today().minusDays(daysAgo));
        p.setDaysPerWeek(5);
        p.setHoursPerDay(new BigDecimal("6"));
        p.setCareerAgentId(users.findByUsername("uraagentti").orElseThrow().getId());
        Trainee t = new Trainee();
        t.setFirstName(name);
        t.setLastName("Päättynyt");
        t.setDateOfBirth(LocalDate.of(1988, 8, 8));
        return trainees.createTrainee(t, null, p);
    }

    @Test
    void aCoachsAccessToAPastTraineeEndsAfterTheConfiguredDays() {
        TrainingPeriod recent = ended("Äskettäin", 30);
        TrainingPeriod old = ended("Kauan", 120);
        TrainingPeriod veryOld = ended("Vuosi", 400);
        runAs("valmentaja");
        assertThat(trainees.mayReadPeriod(recent.getId())).isTrue();
        assertThat(trainees.mayReadPeriod(old.getId())).as("90 days after the end").isFalse();
        assertThatThrownBy(() -> trainees.requirePeriodForRead(old.getId())).isInstanceOf(AccessDeniedException.class);
        assertThat(trainees.findVisiblePeriods()).extracting(TrainingPeriod::getId).contains(recent.getId())
                .doesNotContain(old.getId());
        runAs("tiiminvetaja");
        assertThat(trainees.mayReadPeriod(old.getId())).isFalse();
        runAs("uraagentti");
        assertThat(trainees.mayReadPeriod(old.getId())).as("the career agent's follow-up year").isTrue();
        assertThat(trainees.mayReadPeriod(veryOld.getId())).isFalse();
        assertThat(trainees.findVisiblePeriods()).extracting(TrainingPeriod::getId).contains(old.getId())
                .doesNotContain(veryOld.getId());
    }

    /**
     * The access rule asks the workplace feature afresh which organisation a period's unit is in (ADR 0036): when the
     * platform administrator moves a unit to another organisation (on any node), its periods leave the old
     * organisation's reach at once, for the check of one period and for the day's check of several.
     */
    @Test
    void aUnitMovedToAnotherOrganisationTakesItsPeriodsOutOfTheOldOrganisationsReach() {
        TrainingPeriod period = ended("Siirtyvä", 10);
        WorkUnit unit = unit("Kiinteistö- ja ympäristöhuolto");
        Long otherOrganisation = unit("Verstas, Puutyöpaja").getOrganisation().getId();
        runAs("valmentaja");
        assertThat(trainees.mayReadPeriod(period.getId())).isTrue();
        assertThat(trainees.writablePeriods(java.util.List.of(period.getId()))).containsKey(period.getId());
        Long traineeId = period.getTrainee().getId();
        assertThat(trainees.findPeriodsOfTrainee(traineeId)).extracting(TrainingPeriod::getId)
                .containsExactly(period.getId());
        try {
            jdbc.update("update work_unit set organisation_id = ? where id = ?", otherOrganisation, unit.getId());
            runAs("valmentaja");
            assertThat(trainees.mayReadPeriod(period.getId())).isFalse();
            assertThatThrownBy(() -> trainees.requirePeriodForRead(period.getId()))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> trainees.writablePeriods(java.util.List.of(period.getId())))
                    .isInstanceOf(AccessDeniedException.class);
            // a list checks its periods in one transaction: what an earlier transaction was told is not kept
            assertThat(trainees.findPeriodsOfTrainee(traineeId)).isEmpty();
        } finally {
            jdbc.update("update work_unit set organisation_id = ? where id = ?", unit.getOrganisation().getId(),
                    unit.getId());
        }
        runAs("valmentaja");
        assertThat(trainees.mayReadPeriod(period.getId())).isTrue();
    }

    @Test
    void aTeachersAccessToTheEvidenceEndsAfterTheConfiguredDays() {
        runAs("opettaja");
        var demonstration = demonstrations.worklist().get(0);
        Long id = demonstration.id();
        assertThat(demonstrations.evidence(id)).isNotNull();
        Map<String, Object> dates = jdbc.queryForMap("select start_date, end_date from demonstration where id = ?",
                id);
        try {
            jdbc.update("update demonstration set start_date = ?, end_date = ? where id = ?",
                    Time.today().minusDays(130), Time.today().minusDays(120), id);
            runAs("opettaja");
            assertThatThrownBy(() -> demonstrations.evidence(id)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> demonstrations.detail(id)).isInstanceOf(AccessDeniedException.class);
            assertThat(demonstrations.worklist()).extracting(d -> d.id()).doesNotContain(id);
        } finally {
            jdbc.update("update demonstration set start_date = ?, end_date = ? where id = ?", dates.get("start_date"),
                    dates.get("end_date"), id);
        }
    }
}
