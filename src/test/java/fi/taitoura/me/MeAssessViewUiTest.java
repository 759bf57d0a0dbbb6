package fi.taitoura.me;

import fi.taitoura.base.time.Time;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.PrettyPrintTreeKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import fi.taitoura.AbstractUiTest;
import fi.taitoura.trainee.PeriodStatus;
import fi.taitoura.trainee.ServiceForm;
import fi.taitoura.trainee.Trainee;
import fi.taitoura.trainee.TraineeAccounts;
import fi.taitoura.trainee.TraineeService;
import fi.taitoura.trainee.TrainingPeriod;
import fi.taitoura.user.AppUser;
import fi.taitoura.user.UserService;
import fi.taitoura.workplace.WorkUnit;
import fi.taitoura.workplace.WorkplaceService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Issue #16: the trainee answers a self-assessment on /me/assess (Karibu); the coach sees it as the trainee's. */
class MeAssessViewUiTest extends AbstractUiTest {

    @Autowired
    TraineeService trainees;
    @Autowired
    TraineeAccounts accounts;
    @Autowired
    UserService users;
    @Autowired
    WorkplaceService workplaces;
    @Autowired
    JdbcTemplate jdbc;

    private TrainingPeriod newTrainee() {
        runAs("valmentaja");
        AppUser coach = users.findByUsername("valmentaja").orElseThrow();
        WorkUnit unit = workplaces.findWorkUnits(coach.getWorkUnitIds()).getFirst();
        Trainee t = new Trainee();
        t.setFirstName("Karibu");
        t.setLastName("Vastaaja" + System.nanoTime() % 100000);
        t.setDateOfBirth(LocalDate.of(1999, 9, 9));
        TrainingPeriod p = new TrainingPeriod();
        p.setWorkUnitId(unit.getId());
        p.setCoachIds(Set.of(coach.getId()));
        p.setStatus(PeriodStatus.WORK_TRIAL);
        p.setServiceForm(ServiceForm.WORK_AND_EDUCATION);
        p.setStartDate(Time.today().minusDays(2));
        p.setPlannedEndDate(Time.today().plusMonths(3));
        p.setDaysPerWeek(4);
        p.setHoursPerDay(new BigDecimal("5.0"));
        return trainees.createTrainee(t, null, p);
    }

    private String page() {
        return PrettyPrintTreeKt.toPrettyTree(UI.getCurrent());
    }

    @Test
    @SuppressWarnings("unchecked")
    void theTraineeAnswersOneQuestionPerScreenKeepsAnswersAndComparesAfterSending() {
        TrainingPeriod period = newTrainee();
        String username = accounts.activate(period.getTrainee().getId()).username();
        Long workAbility = jdbc.queryForObject("select id from capacity_instrument where code = 'WORK_ABILITY_SCORE'"
                + " and current_version", Long.class);
        Long inclusion = jdbc.queryForObject("select id from capacity_instrument where code = 'OSALLISUUSINDIKAATTORI'"
                + " and current_version", Long.class);

        login(username);
        UI.getCurrent().navigate("me");
        assertThat(page()).contains("Vastaa itsearvioon");
        UI.getCurrent().navigate("me/assess");
        assertThat(page()).contains("Vastaa nyt", "Et ole vielä vastannut itsearvioon.");

        // the inclusion survey: one answer, then the phone "sleeps" (a new page): the answer is still there
        _click(_get(Button.class, spec -> spec.withId("me-assess-start-inclusion-" + inclusion)));
        assertThat(_get(Paragraph.class, spec -> spec.withId("me-assess-progress")).getText()).isEqualTo("1/15");
        _setValue(_get(RadioButtonGroup.class, spec -> spec.withId("me-assess-choice")), 4);
        login(username);
        UI.getCurrent().navigate("me/assess");
        _click(_get(Button.class, spec -> spec.withId("me-assess-start-inclusion-" + inclusion)));
        assertThat(_get(Paragraph.class, spec -> spec.withId("me-assess-progress")).getText())
                .as("continues after the kept answer").isEqualTo("2/15");
        _click(_get(Button.class, spec -> spec.withId("me-assess-back")));
        assertThat(_get(RadioButtonGroup.class, spec -> spec.withId("me-assess-choice")).getValue()).isEqualTo(4);
        _click(_get(Button.class, spec -> spec.withId("me-assess-later")));

        // the work-ability self-rating: one question, review, send
        _click(_get(Button.class, spec -> spec.withId("me-assess-start-self_rating-" + workAbility)));
        assertThat(_get(Paragraph.class, spec -> spec.withId("me-assess-progress")).getText()).isEqualTo("1/1");
        _click(_get(Button.class, spec -> spec.withId("me-assess-next")));
        assertThat(page()).contains("Vastaa vielä 1 kysymykseen.");
        _click(_get(Button.class, spec -> spec.withId("me-assess-to-missing")));
        _setValue(_get(RadioButtonGroup.class, spec -> spec.withId("me-assess-choice")), 6);
        _click(_get(Button.class, spec -> spec.withId("me-assess-next")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("me-assess-review")).getText())
                .isEqualTo("Vastasit 1 kysymykseen 1:stä.");
        _click(_get(Button.class, spec -> spec.withId("me-assess-send")));
        assertThat(page()).contains("Olet vastannut", "Työkykypistemäärä");
        Long own = jdbc.queryForObject("select id from capacity_assessment where period_id = ? and rater = 'SELF'",
                Long.class, period.getId());
        _click(_get(Button.class, spec -> spec.withId("me-assess-compare-" + own)));
        assertThat(page()).contains("Valmentajasi ei ole vielä arvioinut tätä vaihetta.",
                "sinun arviosi on 6,0");

        // the coach sees the answers marked as the trainee's own
        login("valmentaja");
        UI.getCurrent().navigate("trainees/" + period.getTrainee().getId() + "/capacity");
        java.util.List<String> cells = new java.util.ArrayList<>();
        for (com.vaadin.flow.component.grid.Grid<?> grid : com.github.mvysny.kaributesting.v10.LocatorJ._find(
                com.vaadin.flow.component.grid.Grid.class)) {
            for (int row = 0; row < com.github.mvysny.kaributesting.v10.GridKt._size(grid); row++) {
                cells.addAll(com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow(grid, row));
            }
        }
        assertThat(cells).anyMatch(c -> c.contains("(valmentautuja vastasi itse)"));
    }
}
