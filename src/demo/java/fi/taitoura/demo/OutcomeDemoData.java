package fi.taitoura.demo;

import fi.taitoura.base.time.Time;
import fi.taitoura.outcome.*;
import fi.taitoura.employment.Outcome;
import fi.taitoura.outcome.OutcomeRecords.ContactInput;
import fi.taitoura.outcome.OutcomeRecords.OutcomeDetails;
import fi.taitoura.outcome.OutcomeRecords.OutcomeInput;
import fi.taitoura.outcome.OutcomeRecords.StatusInput;
import fi.taitoura.trainee.TraineeService;
import fi.taitoura.trainee.TrainingPeriod;
import fi.taitoura.user.AppUser;
import fi.taitoura.user.UserService;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Demo outcomes (order 850): the periods that have ended get an outcome from the career agent, most with consent to
 * follow-up; contacts after the end; the status at three months for two of them, so the reminder list and the
 * team lead's follow-up table have something to show.
 */
@Component
class OutcomeDemoData implements DemoDataContributor {

    private static final Outcome[] OUTCOMES = {Outcome.EMPLOYMENT, Outcome.EDUCATION, Outcome.SUBSIDISED_WORK,
            Outcome.EDUCATION, Outcome.WORK_TRIAL, Outcome.EMPLOYMENT, Outcome.NEW_PERIOD,
            Outcome.SOCIAL_REHABILITATION, Outcome.INTERRUPTED, Outcome.EMPLOYMENT, Outcome.OTHER};

    private final OutcomeService outcomes;
    private final TraineeService trainees;
    private final UserService users;

    OutcomeDemoData(OutcomeService outcomes, TraineeService trainees, UserService users) {
        this.outcomes = outcomes;
        this.trainees = trainees;
        this.users = users;
    }

    @Override
    public int order() {
        return 850;
    }

    @Override
    public void load() {
        AppUser agent = users.findByUsername("uraagentti").orElseThrow();
        LocalDate today = Time.today();
        DemoSecurity.as(agent, () -> {
            List<TrainingPeriod> ended = trainees.findVisiblePeriods().stream().filter(trainees::canWrite)
                    .filter(p -> p.getEndDate() != null && !p.getEndDate().isAfter(today))
                    .sorted(Comparator.comparing(TrainingPeriod::getId)).toList();
            for (int i = 0; i < ended.size(); i++) {
                TrainingPeriod p = ended.get(i);
                Outcome o = OUTCOMES[i % OUTCOMES.length];
                boolean consent = o != Outcome.INTERRUPTED && o != Outcome.NEW_PERIOD;
                OutcomeDetails d = outcomes.record(p.getId(), new OutcomeInput(o,
                        o == Outcome.INTERRUPTED ? InterruptionReason.LIFE_SITUATION : null,
                        o == Outcome.EMPLOYMENT ? "Työsuhde kiinteistöhuollon yritykseen." : null, consent, null));
                if (!consent) {
                    continue;
                }
                LocalDate first = weekday(p.getEndDate().plusWeeks(3));
                if (!first.isAfter(today)) {
                    outcomes.addContact(p.getId(), new ContactInput(first, FollowUpContactKind.PHONE, i % 4 != 3,
                            i % 4 == 3 ? "Ei vastannut, uusi yritys ensi viikolla." : "Kuulumiset, tilanne vakaa."));
                }
                LocalDate second = weekday(p.getEndDate().plusWeeks(7));
                if (i % 2 == 0 && !second.isAfter(today)) {
                    outcomes.addContact(p.getId(), new ContactInput(second, FollowUpContactKind.MEETING, true, null));
                }
                if (i < 2) {
                    LocalDate on = weekday(p.getEndDate().plusWeeks(8));
                    outcomes.recordStatus(p.getId(), new StatusInput(FollowUpState.DONE, o,
                            on.isAfter(today) ? today : on, null, d.version()));
                }
            }
            return null;
        });
    }

    private static LocalDate weekday(LocalDate d) {
        LocalDate day = d;
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.minusDays(1);
        }
        return day;
    }
}
