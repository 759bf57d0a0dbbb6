package fi.taitoura.summary;

import fi.taitoura.base.time.Time;
import fi.taitoura.base.i18n.TranslationProvider;
import fi.taitoura.capacity.CapacityService;
import fi.taitoura.capacity.PeriodCapacityChange;
import fi.taitoura.document.DocumentText;
import fi.taitoura.documentation.DocumentationService;
import fi.taitoura.documentation.LedgerRecords.UnitLedger;
import fi.taitoura.summary.SummaryData.CapacityDomain;
import fi.taitoura.summary.SummaryData.CapacityInstrument;
import fi.taitoura.summary.SummaryData.Point;
import fi.taitoura.trainee.TraineeService;
import fi.taitoura.trainee.PeriodDetails;
import fi.taitoura.user.UserService;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import fi.taitoura.workplace.TaskDifficulty;
import fi.taitoura.workplace.TaskLibraryService;
import fi.taitoura.workplace.TaskLibraryService.TaskRef;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Collects what the data says about a period for its summary; every read goes through the owning service. */
@Component
class SummaryDataBuilder {

    private final TraineeService trainees;
    private final DocumentationService documentation;
    private final CapacityService capacity;
    private final TranslationProvider translations;
    private final TaskLibraryService tasks;
    private final List<DemonstrationResults> demonstrations;
    private final UserService users;

    /** Passed demonstrations of a period, provided by the demonstration feature when it is present. */
    public interface DemonstrationResults {
        List<SummaryData.DemonstrationLine> results(Long periodId);
    }

    SummaryDataBuilder(TraineeService trainees, DocumentationService documentation, CapacityService capacity,
                       TranslationProvider translations, TaskLibraryService tasks,
                       List<DemonstrationResults> demonstrations, UserService users) {
        this.trainees = trainees;
        this.documentation = documentation;
        this.capacity = capacity;
        this.translations = translations;
        this.tasks = tasks;
        this.demonstrations = demonstrations;
        this.users = users;
    }

    SummaryData build(Long periodId) {
        PeriodDetails p = trainees.readPeriod(periodId);
        var counts = documentation.attendanceCounts(periodId);
        LocalDate end = p.end();
        LocalDate until = end.isBefore(Time.today()) ? end : Time.today();
        long weekdays = 0;
        for (LocalDate d = p.startDate(); !d.isAfter(until); d = d.plusDays(1)) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                weekdays++;
            }
        }
        long planned = Math.round(weekdays * p.daysPerWeek() / 5.0);

        // Which tasks were done how often (documentation) and how demanding each is (the task library).
        Map<Long, Long> times = documentation.taskTimes(periodId);
        Map<Long, TaskRef> refs = tasks.findTaskRefs(times.keySet());
        Map<TaskDifficulty, long[]> byDifficulty = new java.util.TreeMap<>();
        times.forEach((taskId, n) -> {
            TaskRef t = refs.get(taskId);
            if (t != null) {
                long[] c = byDifficulty.computeIfAbsent(t.difficulty(), k -> new long[2]);
                c[0]++;
                c[1] += n;
            }
        });
        List<SummaryData.TaskLine> tasks = byDifficulty.entrySet().stream()
                .map(e -> new SummaryData.TaskLine(e.getKey().level(), e.getKey().name(), e.getValue()[0],
                        e.getValue()[1])).toList();

        List<SummaryData.UnitLine> competence = new ArrayList<>();
        for (UnitLedger u : documentation.ledger(periodId).units()) {
            if (u.target() || u.shown() > 0) {
                competence.add(new SummaryData.UnitLine(u.code(), DocumentText.of(u.name()), u.shown(),
                        u.shownIndependently(), u.total(), u.ready(), u.target()));
            }
        }
        List<SummaryData.DemonstrationLine> demos = demonstrations.stream()
                .flatMap(d -> d.results(periodId).stream()).toList();
        List<fi.taitoura.document.DocumentCard> cards = trainees.readCards(p.traineeId()).stream()
                .map(c -> new fi.taitoura.document.DocumentCard(c.name(), c.issuedOn(), c.expiresOn()))
                .toList();
        List<SummaryData.GoalLine> goals = trainees.readGoals(periodId).stream()
                .map(g -> new SummaryData.GoalLine(g.description(), g.support(),
                        g.outcome() == null ? null : g.outcome().name())).toList();

        PeriodCapacityChange change = capacity.periodCapacityChange(periodId);
        List<CapacityInstrument> instruments = change.instruments().stream().map(i -> new CapacityInstrument(i.code(),
                DocumentText.of(i.name()), i.example(), i.minValue(), i.maxValue(), i.domains().stream()
                .map(d -> new CapacityDomain(DocumentText.of(d.name()),
                        d.coach().series().stream().map(s -> new Point(s.date(), s.score())).toList(),
                        d.self().series().stream().map(s -> new Point(s.date(), s.score())).toList()))
                .toList())).toList();

        // The people named on the period, by one read of the user feature.
        java.util.Set<Long> people = new java.util.HashSet<>(p.coachIds());
        if (p.careerAgentId() != null) {
            people.add(p.careerAgentId());
        }
        if (p.referrerUserId() != null) {
            people.add(p.referrerUserId());
        }
        Map<Long, String> names = users.findNames(people);
        return new SummaryData(p.traineeName(), p.traineeDateOfBirth(),
                p.organisationName(), p.workUnitName(), p.status().name(),
                p.serviceForm().name(), p.startDate(), p.plannedEndDate(), p.endDate(),
                p.daysPerWeek(), p.hoursPerDay(),
                p.coachIds().stream().map(names::get).filter(java.util.Objects::nonNull).sorted().toList(),
                p.careerAgentId() == null ? null : names.get(p.careerAgentId()),
                p.referrerLabel(names.get(p.referrerUserId())),
                new SummaryData.Attendance(counts.present(), counts.absent(), counts.sick(), counts.other(), planned),
                tasks, competence, demos, cards, goals, instruments);
    }
}
