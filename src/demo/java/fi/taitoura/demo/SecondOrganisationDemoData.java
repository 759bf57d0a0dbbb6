package fi.taitoura.demo;

import fi.taitoura.base.time.Time;
import fi.taitoura.security.Role;
import fi.taitoura.trainee.Consent;
import fi.taitoura.trainee.PeriodStatus;
import fi.taitoura.trainee.PersonalGoal;
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
import java.util.EnumSet;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * A second service provider, Työpajayhdistys Verstas ry, with its own work unit, a staff member in every role and a
 * trainee: what organisation-scoped access is checked against (issue 12; RouteMatrixTest). Loaded last, so the
 * other contributors' data stay as they were.
 */
@Component
class SecondOrganisationDemoData implements DemoDataContributor {

    static final String ORGANISATION = "Työpajayhdistys Verstas ry";
    static final String UNIT = "Verstas, Puutyöpaja";

    private final WorkplaceService workplaces;
    private final UserService users;
    private final TraineeService trainees;

    SecondOrganisationDemoData(WorkplaceService workplaces, UserService users, TraineeService trainees) {
        this.workplaces = workplaces;
        this.users = users;
        this.trainees = trainees;
    }

    @Override
    public int order() {
        return 950;
    }

    @Override
    public void load() {
        Organisation verstas = workplaces.findOrganisations().stream().filter(o -> o.getName().equals(ORGANISATION))
                .findFirst().orElseThrow();
        WorkUnit unit = new WorkUnit();
        unit.setOrganisation(verstas);
        unit.setName(UNIT);
        unit = workplaces.saveWorkUnitBasics(unit);
        String pw = DemoDataLoader.DEMO_PASSWORD;
        Set<Long> units = Set.of(unit.getId());
        Long org = verstas.getId();
        users.createDemoUser("verstas.admin", "Ville Vartiainen", pw, Set.of(Role.ADMIN), org, Set.of());
        AppUser coach = users.createDemoUser("verstas.valmentaja", "Sanna Sorvari", pw, Set.of(Role.COACH), org, units);
        AppUser agent = users.createDemoUser("verstas.uraagentti", "Pekka Polku", pw, Set.of(Role.CAREER_AGENT), org,
                Set.of());
        users.createDemoUser("verstas.opettaja", "Leena Lehto", pw, Set.of(Role.TEACHER), org, Set.of());
        AppUser caseWorker = users.createDemoUser("verstas.asiakasvastaava", "Olli Ohjaaja", pw,
                Set.of(Role.CASE_WORKER), org, Set.of());
        users.createDemoUser("verstas.tiiminvetaja", "Tuula Tiimi", pw, Set.of(Role.TEAM_LEAD), org, units);

        Trainee t = new Trainee();
        t.setFirstName("Oona");
        t.setLastName("Verstas");
        t.setDateOfBirth(LocalDate.of(1995, 4, 14));
        t.setConsents(EnumSet.of(Consent.SUMMARY_TO_REFERRER, Consent.CERTIFICATE_TO_REFERRER));
        TrainingPeriod p = new TrainingPeriod();
        p.setWorkUnitId(unit.getId());
        p.setCoachIds(Set.of(coach.getId()));
        p.setCareerAgentId(agent.getId());
        p.setReferrerUserId(caseWorker.getId());
        p.setStatus(PeriodStatus.REHABILITATIVE_WORK_ACTIVITY);
        p.setServiceForm(ServiceForm.WORK_AND_EDUCATION);
        p.setStartDate(Time.today().minusWeeks(3).with(java.time.DayOfWeek.MONDAY));
        p.setPlannedEndDate(p.getStartDate().plusMonths(6));
        p.setDaysPerWeek(4);
        p.setHoursPerDay(new BigDecimal("5.0"));
        TrainingPeriod saved = trainees.createTrainee(t, null, p);
        PersonalGoal goal = new PersonalGoal();
        goal.setDescription("Oppii käyttämään puutyöpajan koneita turvallisesti.");
        DemoSecurity.as(coach, () -> trainees.saveGoal(saved.getId(), goal));
    }
}
