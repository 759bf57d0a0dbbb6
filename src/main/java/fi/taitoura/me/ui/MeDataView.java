package fi.taitoura.me.ui;

import fi.taitoura.base.time.Time;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fi.taitoura.base.ui.Formats;
import fi.taitoura.documentation.TraineeDiary;
import fi.taitoura.security.Role;
import fi.taitoura.trainee.TraineeAccounts;
import fi.taitoura.trainee.TraineeAccounts.AccessRow;
import fi.taitoura.trainee.TraineeAccounts.Own;
import fi.taitoura.trainee.TraineeAccounts.OwnPeriod;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;

/**
 * "My data" (issue #16; the client's right under the client-data law): what Taitoura holds about me, and who has
 * read or changed it, from the audit log in plain words (the same access log as the subject-access export).
 */
@com.vaadin.flow.component.dependency.StyleSheet("styles/me.css")
@Route("me/data")
@Menu(title = "me.nav.data", order = 80, icon = "vaadin:eye")
@RolesAllowed(Role.Names.TRAINEE)
public class MeDataView extends VerticalLayout implements HasDynamicTitle {

    /** The kinds of record shown with a plain name; others are shown as "other information". */
    private static final Set<String> NAMED = Set.of("Trainee", "TrainingPeriod", "DiaryEntry", "PersonalGoal",
            "Attendance", "Ledger", "CapacityAssessment", "Demonstration", "PeriodSummary", "Certificate",
            "TraineeAccount", "TraineeList", "Page", "ShareLink", "DiaryPhoto");

    MeDataView(TraineeAccounts accounts, TraineeDiary diary) {
        addClassName("me-view");
        Own own = accounts.own().orElse(null);
        if (own == null) {
            add(new Paragraph(getTranslation("me.noRecord")));
            return;
        }
        add(new Paragraph(getTranslation("me.data.intro")));
        Section held = MeHomeView.section("me-data-held", getTranslation("me.data.held"));
        UnorderedList facts = new UnorderedList(new ListItem(getTranslation("me.data.name", own.displayName())));
        for (OwnPeriod p : own.periods()) {
            facts.add(new ListItem(getTranslation("me.data.period", p.workUnitName(),
                    Formats.range(p.startDate(), p.endDate() != null ? p.endDate() : p.plannedEndDate()))));
            facts.add(new ListItem(getTranslation("me.data.diary", diary.entries(p.periodId()).size())));
            facts.add(new ListItem(getTranslation("me.data.goals", accounts.goals(p.periodId()).size())));
        }
        held.add(facts, new Paragraph(getTranslation("me.data.more")));
        add(held);

        Section who = MeHomeView.section("me-data-who", getTranslation("me.data.who"));
        List<AccessRow> rows = accounts.ownAccessLog();
        if (rows.isEmpty()) {
            who.add(new Paragraph(getTranslation("me.data.nobody")));
        }
        DateTimeFormatter when = DateTimeFormatter.ofPattern("d.M.yyyy HH:mm");
        UnorderedList list = new UnorderedList();
        list.setId("me-data-log");
        rows.stream().limit(200).forEach(r -> {
            String what = NAMED.contains(r.entityType()) ? getTranslation("me.data.entity." + r.entityType())
                    : getTranslation("me.data.entity.other");
            String action = switch (r.action()) {
                case "READ" -> "me.data.read";
                case "REFUSED" -> "me.data.refused";
                default -> "me.data.changed";
            };
            String actor = switch (r.actor()) {
                case "system" -> getTranslation("me.data.system");
                case "public" -> getTranslation("me.data.public");
                default -> r.actor();
            };
            list.add(new ListItem(getTranslation(action, when.format(r.at().atZone(Time.zone())),
                    actor, what)));
        });
        if (rows.size() > 200) {
            who.add(new Paragraph(getTranslation("me.data.limited", rows.size())));
        }
        who.add(list);
        add(who);
        Div ask = new Div(new Paragraph(getTranslation("me.data.ask")));
        add(ask);
        // back home: on a phone the menu is folded; also keeps the long page reachable by keyboard
        add(MeLinks.big("me", getTranslation("me.backHome"), "me-back-home"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("me.data.title");
    }
}
