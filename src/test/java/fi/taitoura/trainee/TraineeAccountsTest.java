package fi.taitoura.trainee;

import fi.taitoura.base.time.Time;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.taitoura.AbstractIntegrationTest;
import fi.taitoura.base.BusinessRuleException;
import fi.taitoura.documentation.TraineeDiary;
import fi.taitoura.documentation.TraineeDiary.EntryInput;
import fi.taitoura.documentation.TraineeDiary.EntryView;
import fi.taitoura.security.Role;
import fi.taitoura.user.TraineeUserAccounts.ActivationCode;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.ott.GenerateOneTimeTokenRequest;
import org.springframework.security.authentication.ott.OneTimeToken;
import org.springframework.security.authentication.ott.OneTimeTokenAuthenticationToken;
import org.springframework.security.authentication.ott.OneTimeTokenService;

/** Issue #16: the trainee's own account, the one-time code, the access rule of the trainee and the diary. */
class TraineeAccountsTest extends AbstractIntegrationTest {

    @Autowired
    TraineeAccounts accounts;
    @Autowired
    TraineeService trainees;
    @Autowired
    TraineeDiary diary;
    @Autowired
    OneTimeTokenService codes;
    @Autowired
    JdbcTemplate jdbc;

    private Long trainee(String coach, String name) {
        runAs(coach);
        return trainees.findVisibleTrainees().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow()
                .traineeId();
    }

    @Test
    void theCoachActivatesAndTheCodeSignsInOnceAsATraineeOnly() {
        Long ahmed = trainee("valmentaja", "Ahmed Hassan");
        ActivationCode code = accounts.activate(ahmed);
        assertThat(code.code()).matches("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}");
        assertThat(code.username()).startsWith("ahmed.");
        assertThat(jdbc.queryForObject("select count(*) from one_time_code where code_hash = ?", Integer.class,
                code.code())).as("only a hash is stored").isZero();
        ActivationCode second = accounts.activate(ahmed);
        assertThat(second.username()).isEqualTo(code.username());
        assertThat(codes.consume(OneTimeTokenAuthenticationToken.unauthenticated(code.code())))
                .as("a new code replaces the earlier one").isNull();
        OneTimeToken used = codes.consume(OneTimeTokenAuthenticationToken.unauthenticated(
                second.code().toLowerCase().replace("-", " ")));
        assertThat(used.getUsername()).isEqualTo(code.username());
        assertThat(codes.consume(OneTimeTokenAuthenticationToken.unauthenticated(second.code())))
                .as("a code works once").isNull();
        assertThat(jdbc.queryForObject("select r.role from app_user_role r join app_user u on u.id = r.user_id"
                + " where u.username = ?", String.class, code.username())).isEqualTo(Role.TRAINEE.name());
        // Spring's own generate endpoint (and anyone else) cannot make a code, not even for a staff account
        assertThatThrownBy(() -> codes.generate(new GenerateOneTimeTokenRequest("valmentaja")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> codes.generate(new GenerateOneTimeTokenRequest(code.username())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void onlyTheTraineesCoachesActivateAndTheAccountEndsAfterTheLastPeriod() {
        Long ahmed = trainee("valmentaja", "Ahmed Hassan");
        runAs("valmentaja2");
        assertThatThrownBy(() -> accounts.activate(ahmed)).isInstanceOf(AccessDeniedException.class);
        runAs("opettaja");
        assertThatThrownBy(() -> accounts.activate(ahmed)).isInstanceOf(AccessDeniedException.class);
        runAs("valmentaja");
        ActivationCode code = accounts.activate(ahmed);
        assertThat(accounts.accountState(ahmed).orElseThrow().active()).isTrue();
        runAs("admin");
        assertThat(accounts.endAccountsEndedBefore(Time.today().minusYears(5), List.of(ahmed)))
                .as("the period still runs").isZero();
        assertThat(accounts.endAccountsEndedBefore(Time.today().plusYears(5), List.of(ahmed))).isEqualTo(1);
        runAs("valmentaja");
        assertThat(accounts.accountState(ahmed).orElseThrow().active()).isFalse();
        assertThat(codes.consume(OneTimeTokenAuthenticationToken.unauthenticated(code.code())))
                .as("an ended account's code is gone").isNull();
        assertThat(accounts.activate(ahmed).username()).as("a new code opens the account again")
                .isEqualTo(code.username());
        assertThat(accounts.accountState(ahmed).orElseThrow().active()).isTrue();
    }

    @Test
    void theTraineeSeesOnlyTheirOwnDataAndWritesTheirOwnDiaryUntilTheCoachComments() {
        Long mikko = trainee("valmentaja", "Mikko Laaksonen");
        Long jenna = trainee("valmentaja", "Jenna Heikkinen");
        Long jennasPeriod = trainees.findPeriodsOfTrainee(jenna).get(0).getId();
        runAs("valmentautuja");
        TraineeAccounts.Own own = accounts.own().orElseThrow();
        assertThat(own.traineeId()).isEqualTo(mikko);
        Long period = own.current().orElseThrow().periodId();
        assertThat(diary.entries(period)).as("the demo diary").anySatisfy(e -> {
            assertThat(e.byTrainee()).isTrue();
            assertThat(e.comment()).isNotNull();
        });

        long before = jdbc.queryForObject("select coalesce(max(id), 0) from audit_log", Long.class);
        assertThatThrownBy(() -> diary.entries(jennasPeriod)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.goals(jennasPeriod)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> diary.saveOwn(jennasPeriod, new EntryInput(null, 0, Time.today(), "x",
                Set.of()))).isInstanceOf(AccessDeniedException.class);
        assertThat(trainees.findVisibleTrainees()).as("a trainee lists nobody").isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from audit_log where id > ? and actor = 'valmentautuja'"
                + " and action = 'REFUSED' and trainee_id = ?", Integer.class, before, jenna)).isGreaterThanOrEqualTo(3);

        EntryView written = diary.saveOwn(period, new EntryInput(null, 0, Time.today(), "Opin tänään uutta.",
                Set.of()));
        assertThat(written.editableByTrainee()).isTrue();
        assertThatThrownBy(() -> diary.saveOwn(period, new EntryInput(null, 0, Time.today(), "  ", Set.of())))
                .isInstanceOf(BusinessRuleException.class);
        EntryView edited = diary.saveOwn(period, new EntryInput(written.id(), written.version(), Time.today(),
                "Opin tänään paljon uutta.", Set.of()));
        assertThat(edited.text()).isEqualTo("Opin tänään paljon uutta.");
        assertThatThrownBy(() -> diary.saveOwn(period, new EntryInput(written.id(), written.version(),
                Time.today(), "vanha versio", Set.of()))).isInstanceOf(
                fi.taitoura.base.ConcurrentEditException.class);
        assertThatThrownBy(() -> diary.comment(period, written.id(), edited.version(), "itse kehuttu"))
                .as("the trainee does not comment").isInstanceOf(AccessDeniedException.class);

        runAs("valmentaja");
        EntryView commented = diary.comment(period, written.id(), edited.version(), "Hyvä!");
        assertThat(commented.comment()).isEqualTo("Hyvä!");
        runAs("valmentautuja");
        assertThat(diary.entries(period).stream().filter(e -> e.id().equals(written.id())).findFirst().orElseThrow()
                .editableByTrainee()).isFalse();
        assertThatThrownBy(() -> diary.saveOwn(period, new EntryInput(written.id(), commented.version(),
                Time.today(), "muutos", Set.of()))).isInstanceOf(BusinessRuleException.class);
        assertThat(jdbc.queryForObject("select count(*) from audit_log where id > ? and actor = 'valmentautuja'"
                + " and action = 'READ' and entity_type = 'DiaryEntry' and trainee_id = ?", Integer.class, before,
                mikko)).as("the trainee's own reads are audited too").isPositive();
    }
}
