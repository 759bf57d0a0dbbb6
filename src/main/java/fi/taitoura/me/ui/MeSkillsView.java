package fi.taitoura.me.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fi.taitoura.base.i18n.TranslationProvider;
import fi.taitoura.base.ui.Formats;
import fi.taitoura.demonstration.DemonstrationRecords.Summary;
import fi.taitoura.demonstration.DemonstrationService;
import fi.taitoura.demonstration.DemonstrationStatus;
import fi.taitoura.documentation.DocumentationService;
import fi.taitoura.documentation.LedgerRecords.Ledger;
import fi.taitoura.documentation.LedgerRecords.RequirementLedger;
import fi.taitoura.documentation.LedgerRecords.UnitLedger;
import fi.taitoura.security.Role;
import fi.taitoura.trainee.TraineeAccounts;
import fi.taitoura.trainee.TraineeAccounts.GoalView;
import fi.taitoura.trainee.TraineeAccounts.OwnPeriod;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * "What I can do" (issue #16): the competence ledger in the trainee's words. For each qualification unit the
 * period aims at: how many of its skills they have shown and how independently, each skill with its dates, and the
 * competence demonstrations planned and passed; then their goals with follow-ups.
 */
@com.vaadin.flow.component.dependency.StyleSheet("styles/me.css")
@Route("me/skills")
@Menu(title = "me.nav.skills", order = 20, icon = "vaadin:chart-3d")
@RolesAllowed(Role.Names.TRAINEE)
public class MeSkillsView extends VerticalLayout implements HasDynamicTitle {

    MeSkillsView(TraineeAccounts accounts, DocumentationService documentation, DemonstrationService demonstrations,
                 TranslationProvider translations) {
        addClassName("me-view");
        OwnPeriod period = accounts.own().flatMap(o -> o.current()).orElse(null);
        if (period == null) {
            add(new Paragraph(getTranslation("me.noPeriod")));
            return;
        }
        add(new Paragraph(getTranslation("me.skills.intro")));
        Ledger ledger = documentation.ledger(period.periodId());
        List<Summary> demos = demonstrations.forPeriod(period.periodId());
        List<UnitLedger> units = ledger.units().stream().filter(UnitLedger::target).toList();
        if (units.isEmpty()) {
            units = ledger.units();
        }
        if (units.isEmpty()) {
            add(new Paragraph(getTranslation("me.skills.none")));
        }
        for (UnitLedger u : units) {
            Section s = new Section();
            s.addClassName("me-section");
            String titleId = "me-unit-" + u.unitId();
            H3 title = new H3(u.name().in(getLocale()));
            title.setId(titleId);
            s.getElement().setAttribute("aria-labelledby", titleId);
            s.add(title);
            String progress = getTranslation("me.skills.progress", u.shown(), u.total(), u.shownIndependently());
            ProgressBar bar = new ProgressBar(0, Math.max(1, u.total()), u.shown());
            bar.getElement().setAttribute("aria-label", progress);
            s.add(new Paragraph(progress), bar);
            if (u.ready()) {
                Span ready = new Span(getTranslation("me.skills.ready"));
                ready.addClassName("me-good");
                s.add(ready);
            }
            for (Summary d : demos) {
                if (d.unitId().equals(u.unitId())) {
                    String key = d.status() == DemonstrationStatus.ASSESSED
                            ? (Boolean.TRUE.equals(d.passed()) ? "me.skills.demoPassed" : "me.skills.demoAssessed")
                            : d.status() == DemonstrationStatus.PLANNED ? "me.skills.demoPlanned" : null;
                    if (key != null) {
                        Paragraph p = new Paragraph(getTranslation(key, Formats.date(d.startDate())));
                        p.addClassName("me-demo");
                        s.add(p);
                    }
                }
            }
            UnorderedList list = new UnorderedList();
            list.addClassName("me-skill-list");
            for (RequirementLedger r : u.requirements()) {
                ListItem li = new ListItem();
                li.add(new Span(r.text().in(getLocale())));
                Span state = new Span(r.shown()
                        ? getTranslation("me.skills.shown", Formats.date(r.last()),
                        translations.enumLabel(r.highest(), getLocale()), r.count())
                        : getTranslation("me.skills.notYet"));
                state.addClassName(r.shownIndependently() ? "me-good" : r.shown() ? "me-some" : "me-none");
                li.add(new Div(state));
                list.add(li);
            }
            s.add(new H4(getTranslation("me.skills.list")), list);
            add(s);
        }

        List<GoalView> goals = accounts.goals(period.periodId());
        Section g = MeHomeView.section("me-skills-goals", getTranslation("me.home.goals"));
        if (goals.isEmpty()) {
            g.add(new Paragraph(getTranslation("me.home.goalsNone")));
        }
        for (GoalView goal : goals) {
            Div card = new Div(new H4(goal.description()));
            card.addClassName("me-card");
            goal.followUps().forEach(f -> card.add(new Paragraph(Formats.date(f.date()) + ": " + f.note())));
            g.add(card);
        }
        add(g);
        // back home: on a phone the menu is folded; also keeps the long page reachable by keyboard
        add(MeLinks.big("me", getTranslation("me.backHome"), "me-back-home"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("me.skills.title");
    }
}
