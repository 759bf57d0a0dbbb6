package fi.taitoura.demo;

import fi.taitoura.base.time.Time;
import fi.taitoura.inclusion.*;
import fi.taitoura.inclusion.InclusionSurveyService.AnswerInput;
import fi.taitoura.inclusion.InclusionSurveyService.ResponseInput;
import fi.taitoura.trainee.TraineeService;
import fi.taitoura.trainee.TrainingPeriod;
import fi.taitoura.user.AppUser;
import fi.taitoura.user.UserService;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Demo answers to the survey's other parts (order 860): the ended periods at their start and end (the end answers
 * the day before the end, in the same reporting window as the indicator's), the running ones at their start.
 */
@Component
class InclusionDemoData implements DemoDataContributor {

    private static final String[] OPEN = {"Työkaverit ja se, että joka aamu on paikka mihin mennä.",
            "Sain näyttää, että osaan asioita.", "Päivärytmi ja ohjaajien tuki."};

    private final InclusionSurveyService surveys;
    private final TraineeService trainees;
    private final UserService users;

    InclusionDemoData(InclusionSurveyService surveys, TraineeService trainees, UserService users) {
        this.surveys = surveys;
        this.trainees = trainees;
        this.users = users;
    }

    @Override
    public int order() {
        return 860;
    }

    @Override
    public void load() {
        AppUser coach = users.findByUsername("valmentaja").orElseThrow();
        LocalDate today = Time.today();
        DemoSecurity.as(coach, () -> {
            List<TrainingPeriod> periods = trainees.findVisiblePeriods().stream().filter(trainees::canWrite)
                    .sorted(Comparator.comparing(TrainingPeriod::getId)).toList();
            int k = 0;
            for (TrainingPeriod p : periods) {
                k++;
                LocalDate startDay = weekday(p.getStartDate().plusDays(1), today);
                save(p, SurveyPhase.START, startDay, Map.of("relationships", 2 + k % 2, "self_rated_health",
                        2 + k % 3, "quality_of_life", 2 + k % 2, "loneliness", 2 + k % 3, "labour_market_status", 2),
                        Map.of());
                if (p.getEndDate() != null && !p.getEndDate().isAfter(today)) {
                    LocalDate endDay = weekday(p.getEndDate().minusDays(1), today);
                    Map<String, String> texts = k % 3 == 0 ? Map.of() : Map.of("most_important", OPEN[k % OPEN.length]);
                    save(p, SurveyPhase.END, endDay, Map.of("relationships", 3 + k % 3, "self_rated_health",
                            3 + k % 2, "quality_of_life", 3 + k % 3, "loneliness", 3 + k % 3, "labour_market_status",
                            k % 4 == 0 ? 2 : k % 4 == 1 ? 1 : 3, "benefit", 4 + k % 2, "influence", 3 + k % 3), texts);
                }
            }
            return null;
        });
    }

    private void save(TrainingPeriod p, SurveyPhase phase, LocalDate day, Map<String, Integer> values,
                      Map<String, String> texts) {
        Map<String, AnswerInput> answers = new HashMap<>();
        values.forEach((key, v) -> answers.put(key, new AnswerInput(Math.min(5, v), null)));
        texts.forEach((key, t) -> answers.put(key, new AnswerInput(null, t)));
        surveys.save(p.getId(), new ResponseInput(phase, day, SurveyEntryMethod.WITH_TRAINEE, answers, null));
    }

    private static LocalDate weekday(LocalDate d, LocalDate today) {
        LocalDate day = d;
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.minusDays(1);
        }
        return day.isAfter(today) ? today : day;
    }
}
