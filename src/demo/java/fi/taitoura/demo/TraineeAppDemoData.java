package fi.taitoura.demo;

import fi.taitoura.base.time.Time;
import fi.taitoura.documentation.TraineeDiary;
import fi.taitoura.documentation.TraineeDiary.DayTask;
import fi.taitoura.documentation.TraineeDiary.EntryInput;
import fi.taitoura.documentation.TraineeDiary.EntryView;
import fi.taitoura.security.Role;
import fi.taitoura.trainee.TraineeAccounts;
import fi.taitoura.trainee.TraineeAccounts.OwnPeriod;
import fi.taitoura.trainee.TraineeRow;
import fi.taitoura.trainee.TraineeService;
import fi.taitoura.user.AppUser;
import fi.taitoura.user.UserService;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The demo trainee's own account (issue #16): {@code valmentautuja} is Mikko Laaksonen of the property unit, who has
 * a certificate and self-assessments; he wrote two diary entries on his phone and the coach commented the first,
 * answered the inclusion survey himself, and has his work-ability self-rating still to answer.
 */
@Component
class TraineeAppDemoData implements DemoDataContributor {

    static final String USERNAME = "valmentautuja";

    private final UserService users;
    private final TraineeService trainees;
    private final TraineeAccounts accounts;
    private final TraineeDiary diary;
    private final fi.taitoura.capacity.OwnAssessments assessments;
    private final fi.taitoura.inclusion.InclusionSurveyService survey;

    TraineeAppDemoData(UserService users, TraineeService trainees, TraineeAccounts accounts, TraineeDiary diary,
                       fi.taitoura.capacity.OwnAssessments assessments,
                       fi.taitoura.inclusion.InclusionSurveyService survey) {
        this.assessments = assessments;
        this.survey = survey;
        this.users = users;
        this.trainees = trainees;
        this.accounts = accounts;
        this.diary = diary;
    }

    @Override
    public int order() {
        return 960;
    }

    @Override
    public void load() {
        AppUser coach = users.findByUsername("valmentaja").orElseThrow();
        Long traineeId = DemoSecurity.as(coach, () -> trainees.findVisibleTrainees().stream()
                .filter(r -> r.name().equals("Mikko Laaksonen")).map(TraineeRow::traineeId).findFirst().orElseThrow());
        AppUser own = users.createDemoUser(USERNAME, "Mikko Laaksonen", DemoDataLoader.DEMO_PASSWORD,
                Set.of(Role.TRAINEE), coach.getOrganisationId(), Set.of());
        accounts.linkAccount(traineeId, own.getId());
        EntryView first = DemoSecurity.as(own, () -> {
            OwnPeriod p = accounts.own().orElseThrow().current().orElseThrow();
            List<DayTask> recent = diary.recentTasks(p.periodId(), 30);
            LocalDate today = Time.today();
            LocalDate day1 = recent.isEmpty() ? today.minusDays(2) : recent.get(recent.size() - 1).day();
            Set<Long> tasks1 = recent.stream().filter(t -> t.day().equals(day1)).map(DayTask::taskId)
                    .collect(Collectors.toSet());
            EntryView e = diary.saveOwn(p.periodId(), new EntryInput(null, 0, day1.isBefore(p.startDate())
                    ? p.startDate() : day1,
                    "Tein tänään lehtipuhallinta käyttäen pihan siistiksi. Opin, että kuulosuojaimet laitetaan "
                            + "ennen kuin kone käynnistetään. Lopuksi puhdistin koneen itse.", tasks1));
            LocalDate day2 = recent.isEmpty() ? today : recent.get(0).day();
            Set<Long> tasks2 = recent.stream().filter(t -> t.day().equals(day2)).map(DayTask::taskId)
                    .collect(Collectors.toSet());
            // a photo of his work taken on his phone, added before the coach commented the entry
            diary.addPhoto(p.periodId(), e.id(), DemoPhoto.tidyYard());
            diary.saveOwn(p.periodId(), new EntryInput(null, 0, day2, "Aamulla oli kiire, mutta tein työt "
                    + "listan mukaan. Kysyin neuvoa, kun en tiennyt, mihin jäteastiaan pahvi kuuluu.", tasks2));
            return e;
        });
        // he answered the inclusion survey's 10 statements himself; the work-ability self-rating is still due
        DemoSecurity.as(own, () -> {
            Long periodId = accounts.own().orElseThrow().current().orElseThrow().periodId();
            var due = assessments.due(periodId).stream()
                    .filter(d -> d.kind() == fi.taitoura.capacity.OwnAssessments.Kind.INCLUSION).findFirst()
                    .orElseThrow();
            java.util.Map<String, String> answers = new java.util.LinkedHashMap<>();
            int[] values = {4, 3, 4, 2, 3, 4, 3, 4, 3, 4};
            var statements = survey.ownSurvey(periodId, due.instrumentId(), due.phase()).statements().questions();
            for (int i = 0; i < statements.size(); i++) {
                answers.put(statements.get(i).key(), String.valueOf(values[i % values.length]));
            }
            survey.submitOwn(periodId, due.instrumentId(), due.phase(), answers);
            return null;
        });
        DemoSecurity.as(coach, () -> {
            Long periodId = DemoSecurity.as(own, () -> accounts.own().orElseThrow().current().orElseThrow().periodId());
            return diary.comment(periodId, first.id(), first.version(), "Hienoa, että muistit suojaimet itse! "
                    + "Huomenna harjoitellaan koneen tankkausta yhdessä.");
        });
    }
}
