package fi.taitoura.capacity.ui;

import fi.taitoura.base.ui.PhoneColumns;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.HasDynamicTitle;
import fi.taitoura.trainee.TraineeRow;
import fi.taitoura.trainee.TraineeService;
import fi.taitoura.security.Role;
import jakarta.annotation.security.RolesAllowed;

/** The trainees the user may see, each linking to their work and functional capacity page. */
@Menu(title = "capacity.nav", order = 150, icon = "vaadin:line-chart")
@Route("capacity")
@RolesAllowed({Role.Names.COACH, Role.Names.CAREER_AGENT, Role.Names.TEAM_LEAD})
class CapacityIndexView extends VerticalLayout implements HasDynamicTitle {

    CapacityIndexView(TraineeService trainees) {
        setSizeFull();
        Paragraph intro = new Paragraph(getTranslation("capacity.index.intro"));
        Grid<TraineeRow> grid = new Grid<>();
        grid.setId("capacity-trainees");
        grid.addComponentColumn(r -> new RouterLink(r.name(), CapacityView.class,
                        new RouteParameters(CapacityView.TRAINEE_ID, String.valueOf(r.traineeId()))))
                .setHeader(getTranslation("capacity.col.trainee")).setAutoWidth(true).setFlexGrow(1)
                .setComparator(TraineeRow::name).setSortable(true);
        var unitColumn = grid.addColumn(TraineeRow::workUnit).setHeader(getTranslation("capacity.col.workUnit")).setSortable(true)
                .setAutoWidth(true);
        var periodColumn = grid.addColumn(r -> Format.date(r.start()) + " – " + Format.date(r.end()))
                .setHeader(getTranslation("capacity.col.period")).setAutoWidth(true);
        grid.addColumn(r -> getTranslation(r.active() ? "capacity.period.active" : "capacity.period.ended"))
                .setHeader(getTranslation("capacity.col.state")).setAutoWidth(true);
        PhoneColumns.hide(grid, unitColumn, periodColumn); // a phone: trainee and state
        grid.addThemeVariants(GridVariant.ROW_STRIPES);
        grid.setAriaLabel(getTranslation("capacity.index.title"));
        grid.setItems(trainees.findVisibleTrainees());
        add(intro, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("capacity.index.title");
    }
}
