package fi.taitoura.demo;

import fi.taitoura.base.time.Time;
import fi.taitoura.capacity.*;
import fi.taitoura.demo.DemoDataContributor;
import fi.taitoura.base.report.ReportingWindow;
import fi.taitoura.base.report.ReportingWindows;
import fi.taitoura.security.TaitouraPrincipal;
import fi.taitoura.trainee.Consent;
import fi.taitoura.trainee.PeriodStatus;
import fi.taitoura.trainee.ServiceForm;
import fi.taitoura.trainee.Trainee;
import fi.taitoura.trainee.TraineeService;
import fi.taitoura.trainee.TrainingPeriod;
import fi.taitoura.user.AppUser;
import fi.taitoura.user.UserService;
import fi.taitoura.workplace.WorkUnit;
import fi.taitoura.workplace.WorkplaceService;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Capacity assessments for the demo trainees (start and middle for the current periods; start, middle and end
 * for an earlier, finished group), with coach and self ratings that change believably and disagree now and then;
 * and Osallisuusindikaattori answers: enough finished periods in "Kiinteistö- ja ympäristöhuolto" that its group
 * report shows the change, and a smaller finished group in "Kierrätyskeskus Kiertokaari" that shows why nothing
 * is reported below the minimum group size.
 */
@Component
public class CapacityDemoData implements DemoDataContributor {

    public static final String PROPERTY = "Kiinteistö- ja ympäristöhuolto";
    public static final String RECYCLING = "Kierrätyskeskus Kiertokaari";

    /** The earlier group whose periods have ended: name, unit. */
    private static final String[][] FINISHED = {
            {"Antti", "Miettinen", PROPERTY}, {"Elina", "Saarinen", PROPERTY}, {"Jari", "Lindholm", PROPERTY},
            {"Hanna", "Turunen", PROPERTY}, {"Markus", "Hiltunen", PROPERTY}, {"Riikka", "Jokinen", PROPERTY},
            {"Timo", "Hakala", PROPERTY}, {"Satu", "Karjalainen", PROPERTY},
            {"Petri", "Mustonen", RECYCLING}, {"Minna", "Räsänen", RECYCLING}, {"Oskari", "Lundqvist", RECYCLING}};

    private static final String[] COACH_COMMENTS = {
            "Alkuarvio ensimmäisten työviikkojen havaintojen pohjalta.",
            "Väliarvio: edistystä erityisesti uusien tehtävien oppimisessa; jaksaminen vaihtelee.",
            "Loppuarvio: työskentelee pääosin itsenäisesti tutuissa tehtävissä."};
    private static final String[] SELF_COMMENTS = {
            "Arvioitu yhdessä valmentajan kanssa. Valmentautuja kokee, että aamut ovat vaikeita.",
            "Valmentautujan mielestä työ on alkanut sujua; väsymys iltapäivisin.",
            "Valmentautuja kokee pärjäävänsä nyt hyvin ja haluaa hakea koulutukseen."};

    private final CapacityService capacity;
    private final InstrumentService instruments;
    private final TraineeService trainees;
    private final WorkplaceService workplaces;
    private final UserService users;
    private final EntityManager em;

    private final ReportingWindows windows;

    CapacityDemoData(CapacityService capacity, InstrumentService instruments, TraineeService trainees,
                     WorkplaceService workplaces, UserService users, EntityManager em, ReportingWindows windows) {
        this.windows = windows;
        this.capacity = capacity;
        this.instruments = instruments;
        this.trainees = trainees;
        this.workplaces = workplaces;
        this.users = users;
        this.em = em;
    }

    @Override
    public int order() {
        return 500;
    }

    @Override
    public void load() {
        Instrument example = instruments.findCurrent(InstrumentService.TAITOURA_EXAMPLE).orElseThrow();
        Instrument workAbility = instruments.findCurrent(InstrumentService.WORK_ABILITY_SCORE).orElseThrow();
        Instrument inclusion = instruments.findCurrent(InstrumentService.OSALLISUUSINDIKAATTORI).orElseThrow();
        LocalDate today = Time.today();

        // Current periods: start and (when far enough) middle assessments, and the inclusion start answers.
        List<TrainingPeriod> current = em.createQuery("select p from TrainingPeriod p order by p.id",
                TrainingPeriod.class).getResultList();
        int i = 0;
        for (TrainingPeriod p : current) {
            AppUser coach = users.findById(p.getCoachIds().iterator().next()).orElseThrow();
            Profile profile = new Profile(i++);
            LocalDate start = workday(p.getStartDate().plusDays(3));
            LocalDate middleDay = p.getStartDate().plusWeeks(4);
            LocalDate middle = workday(middleDay);
            // the demo trainee with their own account (issue #16) answers the inclusion survey on their phone and
            // has the work-ability self-rating still to answer (TraineeAppDemoData)
            boolean ownAccount = "Mikko".equals(p.getTrainee().getFirstName())
                    && "Laaksonen".equals(p.getTrainee().getLastName());
            as(coach, () -> {
                assess(p, example, AssessmentPhase.START, start, profile, 0);
                assess(p, workAbility, AssessmentPhase.START, start, profile, 0, !ownAccount);
                if (!middleDay.isAfter(today)) {
                    assess(p, example, AssessmentPhase.MIDDLE, middle, profile, 1);
                    assess(p, workAbility, AssessmentPhase.MIDDLE, middle, profile, 1);
                }
                if (!ownAccount) {
                    inclusion(p, inclusion, AssessmentPhase.START, workday(p.getStartDate().plusDays(1)), profile, 0);
                }
                return null;
            });
        }

        // The finished group: start, middle and end assessments and inclusion answers at both ends.
        List<WorkUnit> units = workplaces.findAllWorkUnits();
        AppUser coach = users.findByUsername("valmentaja").orElseThrow();
        AppUser agent = users.findByUsername("uraagentti").orElseThrow();
        AppUser caseWorker = users.findByUsername("asiakasvastaava").orElseThrow();
        // Their end answers all fall in one fixed reporting window (the group report covers exactly one window).
        LocalDate latestEnd = today.minusMonths(2);
        ReportingWindow window = windows.containing(latestEnd.minusWeeks(3));
        LocalDate finishedAnchor = latestEnd.isAfter(window.to()) ? window.to().minusDays(3) : latestEnd;
        for (int k = 0; k < FINISHED.length; k++) {
            String[] person = FINISHED[k];
            WorkUnit unit = units.stream().filter(u -> u.getName().equals(person[2])).findFirst().orElseThrow();
            LocalDate endDate = workday(finishedAnchor.minusWeeks(k % 3));
            LocalDate startDate = endDate.minusMonths(6).with(DayOfWeek.MONDAY);
            Trainee t = new Trainee();
            t.setFirstName(person[0]);
            t.setLastName(person[1]);
            t.setDateOfBirth(LocalDate.of(1980 + (k * 3) % 22, 1 + k % 12, 3 + k));
            t.setConsents(EnumSet.of(Consent.SUMMARY_TO_REFERRER));
            TrainingPeriod p = new TrainingPeriod();
            p.setWorkUnitId(unit.getId());
            p.setCoachIds(Set.of(coach.getId()));
            p.setCareerAgentId(agent.getId());
            if (k == 0) {
                p.setReferrerUserId(caseWorker.getId());
            } else {
                p.setReferrerName("Minna Virta");
                p.setReferrerOrganisation("Esimerkkilän työllisyyspalvelut");
            }
            p.setStatus(PeriodStatus.REHABILITATIVE_WORK_ACTIVITY);
            p.setServiceForm(ServiceForm.WORK_AND_EDUCATION);
            p.setStartDate(startDate);
            p.setPlannedEndDate(startDate.plusMonths(6));
            p.setEndDate(endDate);
            p.setDaysPerWeek(4);
            p.setHoursPerDay(new BigDecimal("5.0"));
            Profile profile = new Profile(100 + k);
            as(coach, () -> {
                TrainingPeriod saved = trainees.createTrainee(t, null, p);
                LocalDate[] dates = {workday(startDate.plusDays(3)), workday(startDate.plusMonths(3)),
                        workday(endDate.minusDays(3))};
                AssessmentPhase[] phases = {AssessmentPhase.START, AssessmentPhase.MIDDLE, AssessmentPhase.END};
                for (int step = 0; step < 3; step++) {
                    assess(saved, example, phases[step], dates[step], profile, step);
                    assess(saved, workAbility, phases[step], dates[step], profile, step);
                }
                inclusion(saved, inclusion, AssessmentPhase.START, workday(startDate.plusDays(1)), profile, 0);
                inclusion(saved, inclusion, AssessmentPhase.END, workday(endDate.minusDays(1)), profile, 2);
                return null;
            });
        }
    }

    /**
     * A trainee's believable course: a starting level per domain, a pace of progress, and how their own view
     * differs from the coach's (some rate themselves higher, some lower, and some items by 2 or more).
     */
    private static final class Profile {
        final Random random;
        final int bias;
        final int pace;
        final Map<String, Integer> base = new HashMap<>();

        Profile(int seed) {
            random = new Random(4242L + seed * 31L);
            bias = new int[] {1, 0, -1, 1, 2, 0}[seed % 6];
            pace = 1 + seed % 2;
        }

        int coach(String key, int step, int min, int max, int start) {
            int b = base.computeIfAbsent(key, k -> start + random.nextInt(2));
            return clamp(b + progress(step), min, max);
        }

        int progress(int step) {
            return step == 0 ? 0 : step == 1 ? (pace + random.nextInt(2)) / 2 : pace + random.nextInt(2);
        }

        int self(int coachValue, int step, int min, int max) {
            int spread = random.nextInt(6) == 0 ? 2 : 0;
            return clamp(coachValue + (step == 2 ? Math.min(bias, 1) : bias) + (bias >= 0 ? spread : -spread),
                    min, max);
        }

        static int clamp(int v, int min, int max) {
            return Math.max(min, Math.min(max, v));
        }
    }

    private void assess(TrainingPeriod p, Instrument instrument, AssessmentPhase phase, LocalDate date,
                        Profile profile, int step) {
        assess(p, instrument, phase, date, profile, step, true);
    }

    private void assess(TrainingPeriod p, Instrument instrument, AssessmentPhase phase, LocalDate date,
                        Profile profile, int step, boolean withSelf) {
        Map<Long, Integer> coachAnswers = new HashMap<>();
        Map<Long, Integer> selfAnswers = new HashMap<>();
        int min = instrument.minValue();
        int max = instrument.maxValue();
        boolean tenPoint = max - min >= 10;
        for (InstrumentItem item : instrument.items().toList()) {
            int start = tenPoint ? 4 : 2;
            int c = profile.coach(instrument.getCode() + item.getKey(), step, min, max, start);
            if (tenPoint) {
                c = Profile.clamp(c + profile.progress(step), min, max);
            }
            coachAnswers.put(item.getId(), c);
            selfAnswers.put(item.getId(), profile.self(c, step, min, max));
        }
        if (instrument.isAllowNotAssessed() && step == 0) {
            // At the start the coach has not yet seen everything.
            coachAnswers.put(instrument.items().toList().get(9).getId(), null);
        }
        int idx = phase == AssessmentPhase.END ? 2 : phase == AssessmentPhase.MIDDLE ? 1 : 0;
        capacity.record(p.getId(), new AssessmentInput(instrument.getId(), phase, date, Rater.COACH,
                EntryMethod.OWN_RATING, coachAnswers, tenPoint ? null : COACH_COMMENTS[idx]));
        if (withSelf) {
            capacity.record(p.getId(), new AssessmentInput(instrument.getId(), phase, date, Rater.SELF,
                    EntryMethod.WITH_TRAINEE, selfAnswers, tenPoint ? null : SELF_COMMENTS[idx]));
        }
    }

    private void inclusion(TrainingPeriod p, Instrument instrument, AssessmentPhase phase, LocalDate date,
                           Profile profile, int step) {
        Map<Long, Integer> answers = new HashMap<>();
        for (InstrumentItem item : instrument.items().toList()) {
            int start = profile.base.computeIfAbsent("oi" + item.getKey(), k -> 2 + profile.random.nextInt(2));
            answers.put(item.getId(), Profile.clamp(start + (step == 0 ? 0 : profile.random.nextInt(3) == 0 ? 0 : 1),
                    1, 5));
        }
        capacity.record(p.getId(), new AssessmentInput(instrument.getId(), phase, date, Rater.SELF,
                EntryMethod.FROM_PAPER, answers, null));
    }

    private static LocalDate workday(LocalDate d) {
        LocalDate day = d;
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.minusDays(1);
        }
        return day.isAfter(Time.today()) ? Time.today() : day;
    }

    /** Records as the coach, as it would happen in use (the audit log names them). */
    private static <T> T as(AppUser user, Supplier<T> action) {
        return DemoSecurity.as(user, action);
    }
}
