package fi.taitoura.capacity;

import fi.taitoura.base.time.Time;
import fi.taitoura.AbstractIntegrationTest;
import fi.taitoura.trainee.PeriodStatus;
import fi.taitoura.trainee.ServiceForm;
import fi.taitoura.trainee.Trainee;
import fi.taitoura.trainee.TraineeService;
import fi.taitoura.trainee.TrainingPeriod;
import fi.taitoura.user.UserService;
import fi.taitoura.workplace.WorkUnit;
import fi.taitoura.workplace.WorkplaceService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.annotation.Autowired;

/** Helpers for capacity tests: fresh periods of their own, answers by item key. */
abstract class CapacityTestSupport extends AbstractIntegrationTest {

    private static final AtomicInteger SEQ = new AtomicInteger();

    @Autowired
    protected TraineeService trainees;
    @Autowired
    protected WorkplaceService workplaces;
    @Autowired
    protected UserService users;
    @Autowired
    protected InstrumentService instruments;
    @Autowired
    protected CapacityService capacity;

    protected WorkUnit unit(String name) {
        return workplaces.findAllWorkUnits().stream().filter(u -> u.getName().equals(name)).findFirst()
                .orElseThrow();
    }

    /**
     * A new trainee with a period started {@code weeksAgo} weeks ago in the unit, with uraagentti as career agent
     * and an external referrer (the demo case worker's referrals are counted by other tests).
     */
    protected TrainingPeriod newPeriod(WorkUnit unit, int weeksAgo) {
        Trainee t = new Trainee();
        t.setFirstName("Kyky" + SEQ.incrementAndGet());
        t.setLastName("Testinen");
        t.setDateOfBirth(LocalDate.of(1990, 1, 1));
        TrainingPeriod p = new TrainingPeriod();
        p.setWorkUnitId(unit.getId());
        p.setStatus(PeriodStatus.OTHER);
        p.setServiceForm(ServiceForm.WORK_AND_EDUCATION);
        p.setStartDate(Time.today().minusWeeks(weeksAgo));
        p.setPlannedEndDate(Time.today().plusMonths(1));
        p.setDaysPerWeek(4);
        p.setHoursPerDay(new BigDecimal("5.0"));
        p.setCareerAgentId(users.findByUsername("uraagentti").orElseThrow().getId());
        p.setReferrerName("Testi Lähettäjä");
        p.setReferrerOrganisation("Testilän työllisyyspalvelut");
        return trainees.createTrainee(t, null, p);
    }

    /** The newest period of a demo trainee (by last name) that valmentaja coaches. */
    protected TrainingPeriod demoPeriod(String lastName) {
        runAs("valmentaja");
        Long id = trainees.findVisibleTrainees().stream().filter(r -> r.name().contains(lastName)).findFirst()
                .orElseThrow().traineeId();
        return trainees.findPeriodsOfTrainee(id).get(0);
    }

    /** Answers: every item of the instrument gets {@code value}, except those listed in {@code byKey}. */
    protected static Map<Long, Integer> answers(Instrument instrument, Integer value, Map<String, Integer> byKey) {
        Map<Long, Integer> m = new HashMap<>();
        instrument.items().forEach(i -> m.put(i.getId(), byKey.containsKey(i.getKey()) ? byKey.get(i.getKey())
                : value));
        return m;
    }

    protected Instrument example() {
        return instruments.findCurrent(InstrumentService.TAITOURA_EXAMPLE).orElseThrow();
    }

    protected Instrument workAbility() {
        return instruments.findCurrent(InstrumentService.WORK_ABILITY_SCORE).orElseThrow();
    }

    protected Instrument inclusion() {
        return instruments.findCurrent(InstrumentService.OSALLISUUSINDIKAATTORI).orElseThrow();
    }

    protected CapacityAssessment coach(Long periodId, Instrument instrument, AssessmentPhase phase, LocalDate date,
                                       Map<Long, Integer> answers) {
        return capacity.record(periodId, new AssessmentInput(instrument.getId(), phase, date, Rater.COACH,
                EntryMethod.OWN_RATING, answers, null));
    }

    protected CapacityAssessment self(Long periodId, Instrument instrument, AssessmentPhase phase, LocalDate date,
                                      Map<Long, Integer> answers) {
        return capacity.record(periodId, new AssessmentInput(instrument.getId(), phase, date, Rater.SELF,
                EntryMethod.WITH_TRAINEE, answers, null));
    }

    protected static String messageKey(Throwable e) {
        return ((fi.taitoura.base.BusinessRuleException) e).getMessageKey();
    }
}
