package fi.taitoura.me.ui;

import fi.taitoura.base.time.Time;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fi.taitoura.base.i18n.TranslationProvider;
import fi.taitoura.base.ui.Formats;
import fi.taitoura.documentation.TraineeDiary;
import fi.taitoura.security.Role;
import fi.taitoura.trainee.TraineeAccounts;
import fi.taitoura.trainee.TraineeAccounts.GoalView;
import fi.taitoura.trainee.TraineeAccounts.Own;
import fi.taitoura.trainee.TraineeAccounts.OwnPeriod;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;

/**
 * The trainee's home (issue #16): today's tasks at the work unit, their goals, and what to do next. Plain words,
 * large links, one column on a phone.
 */
@com.vaadin.flow.component.dependency.StyleSheet("styles/me.css")
@Route("me")
@Menu(title = "me.nav.home", order = 0, icon = "vaadin:home")
@RolesAllowed(Role.Names.TRAINEE)
public class MeHomeView extends VerticalLayout implements HasDynamicTitle {

    MeHomeView(TraineeAccounts accounts, TraineeDiary diary, TranslationProvider translations,
               fi.taitoura.capacity.OwnAssessments assessments) {
        addClassName("me-view");
        Own own = accounts.own().orElse(null);
        if (own == null) {
            add(new Paragraph(getTranslation("me.noRecord")));
            return;
        }
        add(new H2(getTranslation("me.home.hello", own.firstName())));
        OwnPeriod period = own.current().orElse(null);
        if (period == null) {
            add(new Paragraph(getTranslation("me.noPeriod")));
            return;
        }
        Paragraph where = new Paragraph(getTranslation("me.home.where", period.workUnitName(),
                Formats.range(period.startDate(), period.endDate() != null ? period.endDate()
                        : period.plannedEndDate())));
        add(where);

        LocalDate today = Time.today();
        List<TraineeDiary.DayTask> recent = diary.recentTasks(period.periodId(), 0);
        Section todayBox = section("me-today", getTranslation("me.home.today"));
        if (recent.stream().noneMatch(t -> t.day().equals(today))) {
            todayBox.add(new Paragraph(getTranslation("me.home.todayNone")));
        } else {
            UnorderedList list = new UnorderedList();
            recent.stream().filter(t -> t.day().equals(today)).forEach(t -> list.add(new ListItem(t.name())));
            todayBox.add(list);
        }
        add(todayBox);

        Section next = section("me-next", getTranslation("me.home.next"));
        boolean wroteToday = diary.entries(period.periodId()).stream()
                .anyMatch(e -> e.byTrainee() && e.date().equals(today));
        Div actions = new Div();
        actions.addClassName("me-actions");
        boolean current = period.endDate() == null || !period.endDate().isBefore(today);
        List<fi.taitoura.capacity.OwnAssessments.Due> due = current ? assessments.due(period.periodId()) : List.of();
        if (!due.isEmpty()) {
            // a self-assessment waits for the trainee's answers (issue #16)
            actions.add(MeLinks.big("me/assess", getTranslation("me.home.assessDue", due.size()), "me-next-assess"));
        }
        if (!wroteToday) {
            actions.add(MeLinks.big("me/diary", getTranslation("me.home.writeDiary"), "me-next-diary"));
        }
        actions.add(MeLinks.big("me/skills", getTranslation("me.home.seeSkills"), "me-next-skills"));
        actions.add(MeLinks.big("me/documents", getTranslation("me.home.documents"), "me-next-documents"));
        next.add(actions);
        add(next);

        Section goalBox = section("me-goals", getTranslation("me.home.goals"));
        List<GoalView> goals = accounts.goals(period.periodId());
        if (goals.isEmpty()) {
            goalBox.add(new Paragraph(getTranslation("me.home.goalsNone")));
        }
        for (GoalView g : goals) {
            Div card = new Div();
            card.addClassName("me-card");
            card.add(new H3(g.description()));
            if (g.support() != null && !g.support().isBlank()) {
                card.add(new Paragraph(getTranslation("me.goal.support", g.support())));
            }
            if (g.outcome() != null) {
                card.add(new Paragraph(getTranslation("me.goal.outcome",
                        translations.enumLabel(g.outcome(), getLocale()))));
            }
            if (!g.followUps().isEmpty()) {
                UnorderedList f = new UnorderedList();
                g.followUps().forEach(u -> f.add(new ListItem(Formats.date(u.date()) + ": " + u.note())));
                card.add(f);
            }
            goalBox.add(card);
        }
        add(goalBox);
    }

    static Section section(String id, String title) {
        Section s = new Section();
        s.setId(id);
        s.addClassName("me-section");
        H3 h = new H3(title);
        h.setId(id + "-title");
        s.getElement().setAttribute("aria-labelledby", id + "-title");
        s.add(h);
        return s;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("me.home.title");
    }
}
