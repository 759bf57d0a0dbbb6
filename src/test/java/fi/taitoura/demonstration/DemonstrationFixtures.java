package fi.taitoura.demonstration;

import fi.taitoura.base.time.Time;
import fi.taitoura.catalogue.LevelScale;
import fi.taitoura.catalogue.QualificationUnit;
import fi.taitoura.demonstration.DemonstrationRecords.AssessmentInput;
import fi.taitoura.demonstration.DemonstrationRecords.Plan;
import fi.taitoura.demonstration.DemonstrationRecords.PlanOptions;
import fi.taitoura.demonstration.DemonstrationRecords.TaskRef;
import fi.taitoura.trainee.PeriodStatus;
import fi.taitoura.trainee.ServiceForm;
import fi.taitoura.trainee.Trainee;
import fi.taitoura.trainee.TraineeService;
import fi.taitoura.trainee.TrainingPeriod;
import fi.taitoura.user.UserService;
import fi.taitoura.workplace.WorkUnit;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Test data for demonstrations: fresh periods targeting units of a given scale, plans and complete assessments. */
@Component
public class DemonstrationFixtures {

    private static final AtomicInteger SEQ = new AtomicInteger();

    private final TraineeService trainees;
    private final UserService users;
    private final fi.taitoura.workplace.WorkplaceService workplaces;
    private final DemonstrationService service;
    private final EntityManager em;
    private final TransactionTemplate tx;

    DemonstrationFixtures(TraineeService trainees, UserService users, fi.taitoura.workplace.WorkplaceService workplaces,
                          DemonstrationService service, EntityManager em, TransactionTemplate tx) {
        this.trainees = trainees;
        this.users = users;
        this.workplaces = workplaces;
        this.service = service;
        this.em = em;
        this.tx = tx;
    }

    public WorkUnit propertyUnit() {
        return workplaces.findWorkUnits(users.findByUsername("valmentaja").orElseThrow().getWorkUnitIds()).stream()
                .filter(u -> u.getName().startsWith("Kiinteistö")).findFirst().orElseThrow();
    }

    /** A current top-level unit on the scale that has assessment targets with criteria, if the catalogue has one. */
    public Optional<Long> unitWithScale(LevelScale scale) {
        return tx.execute(s -> em.createQuery("""
                        select u.id from QualificationUnit u where u.scale = :scale and u.parent is null
                        and u.current = true and exists (select t from AssessmentTarget t where t.unit = u
                        and t.current = true and exists (select c from AssessmentCriterion c where c.target = t))
                        order by u.id""", Long.class)
                .setParameter("scale", scale).setMaxResults(1).getResultList().stream().findFirst());
    }

    /**
     * A unit on the pass/fail scale (further and specialist qualifications), created once for the tests when the
     * shipped catalogue has none: one requirement, one assessment target with its "hyväksytty" criterion.
     */
    public Long passFailUnit() {
        return unitWithScale(LevelScale.PASS_FAIL).orElseGet(() -> tx.execute(s -> {
            var q = new fi.taitoura.catalogue.Qualification();
            q.setDiaryNumber("TESTI-HYV-HYL");
            q.setName(new fi.taitoura.base.db.LocalizedText("Testitutkinto (hyväksytty/hylätty)", null, null));
            q.setSource("test fixture");
            q.setImportedAt(java.time.Instant.now());
            em.persist(q);
            QualificationUnit u = new QualificationUnit();
            u.setQualification(q);
            u.setCode("TESTI-HH-1");
            u.setName(new fi.taitoura.base.db.LocalizedText("Asiakaspalvelun erikoistehtävät", null, null));
            u.setScale(LevelScale.PASS_FAIL);
            em.persist(u);
            var area = new fi.taitoura.catalogue.RequirementArea(u, "a1", null, 0);
            em.persist(area);
            em.persist(new fi.taitoura.catalogue.SkillRequirement(u, area, null, "r1",
                    fi.taitoura.base.db.LocalizedText.of("palvelee asiakkaita itsenäisesti"), 0));
            var target = new fi.taitoura.catalogue.AssessmentTarget(u, "t1", null,
                    fi.taitoura.base.db.LocalizedText.of("Asiakaspalvelu"), 0);
            em.persist(target);
            em.persist(new fi.taitoura.catalogue.AssessmentCriterion(target, fi.taitoura.catalogue.CriterionLevel.PASS,
                    "hyvaksytty", "c1", fi.taitoura.base.db.LocalizedText.of("Palvelee asiakkaita ohjeiden mukaan."),
                    0));
            return u.getId();
        }));
    }

    /** As a coach of the property unit: a fresh trainee whose period started 60 days ago, targeting the unit. */
    public TrainingPeriod freshPeriod(String firstName, String lastName, Long unitId) {
        TrainingPeriod p = new TrainingPeriod();
        p.setWorkUnitId(propertyUnit().getId());
        p.setStatus(PeriodStatus.REHABILITATIVE_WORK_ACTIVITY);
        p.setServiceForm(ServiceForm.WORK_AND_EDUCATION);
        p.setStartDate(Time.today().minusDays(60));
        p.setPlannedEndDate(Time.today().plusMonths(3));
        p.setDaysPerWeek(5);
        p.setHoursPerDay(new BigDecimal("6"));
        p.setCareerAgentId(users.findByUsername("uraagentti").orElseThrow().getId());
        QualificationUnit unit = tx.execute(s -> em.find(QualificationUnit.class, unitId));
        p.setTargetUnitIds(Set.of(unit.getId()));
        Trainee t = new Trainee();
        t.setFirstName(firstName + " " + SEQ.incrementAndGet());
        t.setLastName(lastName);
        t.setDateOfBirth(LocalDate.of(1991, 3, 3));
        return trainees.createTrainee(t, null, p);
    }

    /** A plan starting on the day with the teacher "opettaja" and the coach as the workplace representative. */
    public Plan plan(Long periodId, LocalDate start, String teacher) {
        PlanOptions options = service.planOptions(periodId);
        Set<Long> tasks = options.tasks().stream().limit(2).map(TaskRef::id).collect(Collectors.toSet());
        return new Plan(start, start, options.defaultPlace(), DemonstrationPlace.WORKPLACE,
                "Kiinteistön ulkoalueiden hoito yhden työpäivän ajan", tasks,
                users.findByUsername(teacher).orElseThrow().getId(),
                users.findByUsername("valmentaja").orElseThrow().getId(), null, null, "Sataedu");
    }

    public String unitCode(Long unitId) {
        return tx.execute(s -> em.find(QualificationUnit.class, unitId).getCode());
    }

    public Long userId(String username) {
        return users.findByUsername(username).orElseThrow().getId();
    }

    /** A complete assessment with every target graded {@code grade} and the overall grade {@code overall}. */
    public AssessmentInput complete(Long demonstrationId, long version, int grade, int overall, String reason) {
        List<Long> targets = service.detail(demonstrationId).targets().stream().map(t -> t.id()).toList();
        Map<Long, Integer> grades = new LinkedHashMap<>();
        targets.forEach(t -> grades.put(t, grade));
        return new AssessmentInput(version, Time.today(), grades, Map.of(), overall,
                Set.of(DecidedBy.TEACHER, DecidedBy.WORKPLACE_REPRESENTATIVE),
                Set.of(DiscussionParticipant.TEACHER, DiscussionParticipant.STUDENT), "Sujui hyvin", reason);
    }
}
