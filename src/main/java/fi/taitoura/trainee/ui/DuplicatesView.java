package fi.taitoura.trainee.ui;

import fi.taitoura.base.ui.PhoneColumns;
import fi.taitoura.base.time.Time;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fi.taitoura.base.BusinessRuleException;
import fi.taitoura.base.ui.Formats;
import fi.taitoura.base.ui.Notifications;
import fi.taitoura.trainee.TraineeDuplicateService;
import fi.taitoura.trainee.TraineeDuplicateService.DuplicateGroup;
import fi.taitoura.trainee.TraineeDuplicateService.DuplicateRecord;
import fi.taitoura.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;

/**
 * For the administrator: trainee records of the organisation that share a personal identity code, and linking a
 * newer record into the oldest one (issue 12, finding 5). Only ids and dates are shown.
 */
@Menu(title = "nav.duplicates", order = 916, icon = "vaadin:connect")
@Route("admin/duplicates")
@RolesAllowed(Role.Names.ADMIN)
class DuplicatesView extends VerticalLayout implements HasDynamicTitle {

    private record Row(int group, DuplicateRecord record, Long keepId) {
    }

    private final TraineeDuplicateService duplicates;
    private final Grid<Row> grid = new Grid<>();

    DuplicatesView(TraineeDuplicateService duplicates) {
        this.duplicates = duplicates;
        setSizeFull();
        add(new Paragraph(getTranslation("duplicates.intro")));
        grid.addColumn(r -> r.group()).setHeader(getTranslation("duplicates.group")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(r -> "#" + r.record().traineeId()).setHeader(getTranslation("duplicates.trainee"))
                .setAutoWidth(true);
        var organisationColumn = grid.addColumn(r -> r.record().organisation()).setHeader(getTranslation("user.organisation"));
        var createdColumn = grid.addColumn(r -> Formats.date(r.record().created().atZone(Time.zone()).toLocalDate()))
                .setHeader(getTranslation("duplicates.created")).setAutoWidth(true);
        var periodsColumn = grid.addColumn(r -> r.record().periods()).setHeader(getTranslation("duplicates.periods")).setAutoWidth(true);
        grid.addComponentColumn(this::action).setHeader(getTranslation("duplicates.action")).setAutoWidth(true);
        PhoneColumns.hide(grid, organisationColumn, createdColumn, periodsColumn); // a phone: group, record, action
        grid.addThemeVariants(GridVariant.ROW_STRIPES);
        grid.setAriaLabel(getTranslation("nav.duplicates"));
        grid.setId("duplicates-grid");
        add(grid);
        refresh();
    }

    private Button action(Row row) {
        if (row.keepId() == null) {
            Button kept = new Button(getTranslation("duplicates.kept"));
            kept.setEnabled(false);
            kept.addThemeVariants(ButtonVariant.TERTIARY);
            return kept;
        }
        Button link = new Button(getTranslation("duplicates.link", row.keepId()), e -> {
            ConfirmDialog confirm = new ConfirmDialog(getTranslation("duplicates.confirmTitle"),
                    getTranslation("duplicates.confirm", row.record().traineeId(), row.keepId()),
                    getTranslation("duplicates.linkConfirm"), ok -> {
                        try {
                            duplicates.link(row.keepId(), row.record().traineeId());
                            Notifications.success(getTranslation("duplicates.linked"));
                            refresh();
                        } catch (BusinessRuleException ex) {
                            Notifications.error(getTranslation(ex.getMessageKey(), ex.getParams()));
                        }
                    });
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("common.cancel"));
            confirm.open();
        });
        link.setId("link-" + row.record().traineeId());
        return link;
    }

    private void refresh() {
        List<Row> rows = new ArrayList<>();
        int n = 0;
        for (DuplicateGroup g : duplicates.findGroups()) {
            n++;
            Long keep = g.records().get(0).traineeId();
            for (DuplicateRecord r : g.records()) {
                rows.add(new Row(n, r, r.traineeId().equals(keep) ? null : keep));
            }
        }
        grid.setItems(rows);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.duplicates");
    }
}
