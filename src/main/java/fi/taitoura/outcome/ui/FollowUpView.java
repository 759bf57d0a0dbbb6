package fi.taitoura.outcome.ui;

import fi.taitoura.base.ui.PhoneColumns;
import fi.taitoura.base.time.Time;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fi.taitoura.base.ui.Formats;
import fi.taitoura.outcome.OutcomeRecords.DueFollowUp;
import fi.taitoura.outcome.OutcomeService;
import fi.taitoura.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;

/**
 * The after-support reminder list: the open follow-ups of the periods the user records, the nearest three-month
 * point first; due ones (from two weeks before) and overdue ones are marked.
 */
@Route("follow-up")
@Menu(title = "outcome.nav.followUp", order = 320, icon = "vaadin:phone")
@com.vaadin.flow.component.dependency.StyleSheet("styles/reports.css")
@RolesAllowed({Role.Names.COACH, Role.Names.CAREER_AGENT})
class FollowUpView extends VerticalLayout implements HasDynamicTitle {

    FollowUpView(OutcomeService service) {
        addClassName("follow-up-view");
        LocalDate today = Time.today();
        List<DueFollowUp> all = service.openFollowUps();
        Paragraph intro = new Paragraph(getTranslation("outcome.followUp.intro", OutcomeService.FOLLOW_UP_MONTHS));
        Checkbox onlyDue = new Checkbox(getTranslation("outcome.followUp.onlyDue"));
        onlyDue.setId("only-due");
        Grid<DueFollowUp> grid = new Grid<>();
        grid.setId("follow-up-grid");
        grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
        grid.addComponentColumn(d -> {
            Anchor name = new Anchor("trainees/" + d.traineeId() + "/periods/" + d.periodId(), d.traineeName());
            Span unit = new Span(d.workUnit() + " · " + getTranslation("outcome.followUp.ended") + " "
                    + Formats.date(d.endedOn()));
            unit.addClassName("report-note");
            return new com.vaadin.flow.component.html.Div(name, new com.vaadin.flow.component.html.Div(unit));
        }).setHeader(getTranslation("outcome.followUp.trainee")).setFlexGrow(3);
        grid.addComponentColumn(d -> {
            Span due = new Span(Formats.date(d.dueOn()));
            if (d.isOverdue(today)) {
                due.setText(Formats.date(d.dueOn()) + " · " + getTranslation("outcome.followUp.overdue"));
                due.addClassName("badge-error");
            } else if (d.isDue(today)) {
                due.setText(Formats.date(d.dueOn()) + " · " + getTranslation("outcome.followUp.dueNow"));
                due.addClassName("badge-warning");
            }
            return due;
        }).setHeader(getTranslation("outcome.followUp.dueOn")).setAutoWidth(true);
        var contactsColumn = grid.addColumn(d -> d.contacts() + (d.lastContact() == null ? "" : " (" + Formats.date(d.lastContact()) + ")"))
                .setHeader(getTranslation("outcome.followUp.contacts")).setAutoWidth(true);
        PhoneColumns.hide(grid, contactsColumn); // a phone: whose and when
        grid.setItems(all);
        grid.setAllRowsVisible(true);
        onlyDue.addValueChangeListener(e -> grid.setItems(e.getValue()
                ? all.stream().filter(d -> d.isDue(today)).toList() : all));
        add(intro, onlyDue);
        if (all.isEmpty()) {
            add(new Paragraph(getTranslation("outcome.followUp.empty")));
        } else {
            add(grid);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("outcome.nav.followUp");
    }
}
