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
import fi.taitoura.trainee.TrainingPeriod;
import fi.taitoura.user.AppUser;
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

    /** Passed demonstrations of a period, provided by the demonstration feature when it is present. */
    public interface DemonstrationResults {
        List<SummaryData.DemonstrationLine> results(Long periodId);
    }

    SummaryDataBuilder(TraineeService trainees, DocumentationService documentation, CapacityService capacity,
                       TranslationProvider translations, TaskLibraryService tasks,
                       List<DemonstrationResults> demonstrations) {
        this.trainees = trainees;
        this.documentation = documentation;
        this.capacity = capacity;
        this.translations = translations;
        this.tasks = tasks;
        this.demonstrations = demonstrations;
    }

    SummaryData build(Long periodId) {
        TrainingPeriod p = trainees.requirePeriodForRead(periodId);
        var counts = documentation.attendanceCounts(periodId);
        LocalDate end = p.getEndDate() != null ? p.getEndDate() : p.getPlannedEndDate();
        LocalDate until = end.isBefore(Time.today()) ? end : Time.today();
        long weekdays = 0;
        for (LocalDate d = p.getStartDate(); !d.isAfter(until); d = d.plusDays(1)) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                weekdays++;
            }
        }
        long planned = Math.round(weekdays * p.getDaysPerWeek() / 5.0);

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
        List<fi.taitoura.document.DocumentCard> cards = trainees.findCards(p.getTrainee().getId()).stream()
                .map(c -> new fi.taitoura.document.DocumentCard(c.getCardType().getName(), c.getIssuedOn(), c.getExpiresOn()))
                .toList();
        List<SummaryData.GoalLine> goals = trainees.findGoals(periodId).stream()
                .map(g -> new SummaryData.GoalLine(g.getDescription(), g.getSupport(),
                        g.getOutcome() == null ? null : g.getOutcome().name())).toList();

        PeriodCapacityChange change = capacity.periodCapacityChange(periodId);
        List<CapacityInstrument> instruments = change.instruments().stream().map(i -> new CapacityInstrument(i.code(),
                DocumentText.of(i.name()), i.example(), i.minValue(), i.maxValue(), i.domains().stream()
                .map(d -> new CapacityDomain(DocumentText.of(d.name()),
                        d.coach().series().stream().map(s -> new Point(s.date(), s.score())).toList(),
                        d.self().series().stream().map(s -> new Point(s.date(), s.score())).toList()))
                .toList())).toList();

        return new SummaryData(p.getTrainee().getDisplayName(), p.getTrainee().getDateOfBirth(),
                p.getWorkUnit().getOrganisation().getName(), p.getWorkUnit().getName(), p.getStatus().name(),
                p.getServiceForm().name(), p.getStartDate(), p.getPlannedEndDate(), p.getEndDate(),
                p.getDaysPerWeek(), p.getHoursPerDay(),
                p.getCoaches().stream().map(AppUser::getFullName).sorted().toList(),
                p.getCareerAgent() == null ? null : p.getCareerAgent().getFullName(), p.getReferrerLabel(),
                new SummaryData.Attendance(counts.present(), counts.absent(), counts.sick(), counts.other(), planned),
                tasks, competence, demos, cards, goals, instruments);
    }
}
