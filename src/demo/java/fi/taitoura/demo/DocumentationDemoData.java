package fi.taitoura.demo;

import fi.taitoura.base.time.Time;
import fi.taitoura.documentation.*;
import fi.taitoura.demo.DemoDataContributor;
import fi.taitoura.demo.DemoSecurity;
import fi.taitoura.documentation.DayRecords.DayEntry;
import fi.taitoura.documentation.DayRecords.ObservationEntry;
import fi.taitoura.trainee.TraineeService;
import fi.taitoura.trainee.TrainingPeriod;
import fi.taitoura.user.AppUser;
import fi.taitoura.security.Role;
import fi.taitoura.user.UserService;
import fi.taitoura.workplace.TaskLibraryService;
import fi.taitoura.workplace.WorkplaceService;
import fi.taitoura.workplace.TaskSummary;
import fi.taitoura.workplace.WorkUnit;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Weeks of realistic daily records for the demo trainees, recorded by their coaches up to yesterday: attendance
 * (mostly present, some sick days and absences), one to three tasks a day, and skills growing from "with guidance"
 * to "independently" with practice, at a pace that differs per trainee. Plus a few learning-diary entries.
 */
@Component
class DocumentationDemoData implements DemoDataContributor {

    private static final Logger log = LoggerFactory.getLogger(DocumentationDemoData.class);
    private static final String[] DIARY = {
            "Tänään opettelin uuden tehtävän. Aluksi jännitti, mutta ohjeiden avulla onnistuin.",
            "Olin ajoissa joka päivä tällä viikolla. Työkaverit kiittivät avusta.",
            "Koneen käyttö sujuu jo paremmin. Muistin käyttää suojaimia ilman muistutusta.",
            "Väsytti, mutta tein työt loppuun. Ensi viikolla haluan kokeilla vaativampaa tehtävää."};

    private final DocumentationService service;
    private final TraineeService trainees;
    private final TaskLibraryService tasks;
    private final UserService users;
    private final WorkplaceService workplaces;

    DocumentationDemoData(DocumentationService service, TraineeService trainees, TaskLibraryService tasks,
                          UserService users, WorkplaceService workplaces) {
        this.service = service;
        this.trainees = trainees;
        this.tasks = tasks;
        this.users = users;
        this.workplaces = workplaces;
    }

    @Override
    public int order() {
        return 450;
    }

    @Override
    public void load() {
        Random random = new Random(20261122);
        LocalDate yesterday = Time.today().minusDays(1);
        for (AppUser coach : users.findActiveByRole(Role.COACH)) {
            DemoSecurity.as(coach, () -> {
                for (WorkUnit unit : workplaces.findWorkUnits(coach.getWorkUnitIds())) {
                    recordUnit(unit, yesterday, random);
                }
                return null;
            });
        }
    }

    private void recordUnit(WorkUnit unit, LocalDate until, Random random) {
        List<TaskSummary> unitTasks = tasks.findTaskSummaries(unit.getId()).stream()
                .filter(t -> !t.requirementIds().isEmpty()).toList();
        if (unitTasks.isEmpty()) {
            log.warn("Demo unit {} has no mapped tasks; no daily records", unit.getId());
            return;
        }
        List<TrainingPeriod> periods = trainees.findPeriodsForDay(unit.getId(), until);
        if (periods.isEmpty()) {
            return;
        }
        LocalDate start = periods.stream().map(TrainingPeriod::getStartDate).min(LocalDate::compareTo).orElseThrow();
        Map<Long, Map<Long, Integer>> practice = new HashMap<>();
        Map<Long, Double> pace = new HashMap<>();
        periods.forEach(p -> pace.put(p.getId(), 0.6 + random.nextDouble() * 0.9));
        int diaryCount = 0;
        for (LocalDate day = start; !day.isAfter(until); day = day.plusDays(1)) {
            if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                continue;
            }
            List<DayEntry> entries = new ArrayList<>();
            for (TrainingPeriod p : periods) {
                if (!p.isActiveOn(day) || (p.getDaysPerWeek() < 5 && day.getDayOfWeek().getValue() > p.getDaysPerWeek())) {
                    continue;
                }
                double roll = random.nextDouble();
                if (roll < 0.05) {
                    entries.add(new DayEntry(p.getId(), -1, AttendanceStatus.SICK, "Sairastui (ilmoitti aamulla)", null,
                            Set.of(), List.of()));
                    continue;
                }
                if (roll < 0.09) {
                    entries.add(new DayEntry(p.getId(), -1, AttendanceStatus.ABSENT, "Asiointi sosiaalitoimistossa",
                            null, Set.of(), List.of()));
                    continue;
                }
                int taskCount = 1 + random.nextInt(Math.min(3, unitTasks.size()));
                Set<TaskSummary> chosen = new LinkedHashSet<>();
                while (chosen.size() < taskCount) {
                    chosen.add(unitTasks.get(random.nextInt(unitTasks.size())));
                }
                List<ObservationEntry> observations = new ArrayList<>();
                Set<Long> seen = new LinkedHashSet<>();
                Map<Long, Integer> counts = practice.computeIfAbsent(p.getId(), k -> new HashMap<>());
                for (TaskSummary t : chosen) {
                    for (Long rid : t.requirementIds()) {
                        if (!seen.add(rid) || observations.size() >= 5) {
                            continue;
                        }
                        int n = counts.merge(rid, 1, Integer::sum);
                        double progress = n * pace.get(p.getId());
                        IndependenceLevel level = progress < 2.5 ? IndependenceLevel.WITH_GUIDANCE
                                : progress < 5.5 ? IndependenceLevel.PARTLY_INDEPENDENT : IndependenceLevel.INDEPENDENT;
                        observations.add(new ObservationEntry(rid, t.id(), level, null));
                    }
                }
                entries.add(new DayEntry(p.getId(), -1, AttendanceStatus.PRESENT, null,
                        random.nextDouble() < 0.1 ? "Hyvä päivä, oma-aloitteinen." : null,
                        chosen.stream().map(TaskSummary::id).collect(java.util.stream.Collectors.toSet()),
                        observations));
                if (day.getDayOfWeek() == DayOfWeek.FRIDAY && random.nextDouble() < 0.35) {
                    DiaryEntry entry = new DiaryEntry();
                    entry.setEntryDate(day);
                    entry.setText(DIARY[diaryCount++ % DIARY.length]);
                    entry.setTaskIds(Set.of(chosen.iterator().next().id()));
                    service.saveDiaryEntry(p.getId(), entry);
                }
            }
            if (!entries.isEmpty()) {
                service.saveDay(day, entries);
            }
        }
    }
}
