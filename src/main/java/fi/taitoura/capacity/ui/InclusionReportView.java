package fi.taitoura.capacity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.HasDynamicTitle;
import fi.taitoura.capacity.InclusionReport;
import fi.taitoura.capacity.InclusionReportService;
import fi.taitoura.security.Role;
import fi.taitoura.workplace.Organisation;
import fi.taitoura.workplace.WorkUnit;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * The Osallisuusindikaattori per group: the change from the start to the end of the respondents' periods, per
 * statement and overall, only when the group is large enough; otherwise the reason why nothing is shown.
 */
@Menu(title = "inclusion.nav", order = 520, icon = "vaadin:group")
@Route("reports/inclusion")
@RolesAllowed({Role.Names.ADMIN, Role.Names.TEAM_LEAD, Role.Names.COACH})
@StyleSheet("styles/capacity.css")
class InclusionReportView extends VerticalLayout implements HasDynamicTitle {

    enum GroupType { WORK_UNIT, ORGANISATION }

    private final InclusionReportService reports;
    private final RadioButtonGroup<GroupType> groupType = new RadioButtonGroup<>();
    private final ComboBox<WorkUnit> unit = new ComboBox<>();
    private final ComboBox<Organisation> organisation = new ComboBox<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Div result = new Div();

    InclusionReportView(InclusionReportService reports) {
        this.reports = reports;
        addClassName("inclusion-report-view");
        setWidthFull();
        Paragraph intro = new Paragraph(getTranslation("inclusion.report.intro", reports.minGroupSize()));
        intro.addClassName("capacity-note");

        List<Organisation> organisations = reports.reportableOrganisations();
        List<WorkUnit> units = reports.reportableUnits();
        groupType.setLabel(getTranslation("inclusion.report.groupType"));
        groupType.setItems(organisations.isEmpty() ? List.of(GroupType.WORK_UNIT)
                : List.of(GroupType.WORK_UNIT, GroupType.ORGANISATION));
        groupType.setItemLabelGenerator(t -> getTranslation(t == GroupType.WORK_UNIT ? "inclusion.report.byUnit"
                : "inclusion.report.byOrganisation"));
        groupType.setValue(GroupType.WORK_UNIT);
        groupType.addValueChangeListener(e -> {
            unit.setVisible(e.getValue() == GroupType.WORK_UNIT);
            organisation.setVisible(e.getValue() == GroupType.ORGANISATION);
        });
        unit.setLabel(getTranslation("inclusion.report.unit"));
        unit.setItems(units);
        unit.setItemLabelGenerator(w -> w.getName() + " (" + w.getOrganisation().getName() + ")");
        unit.setId("report-unit");
        unit.setWidth("min(28rem, 100%)");
        if (units.size() == 1) {
            unit.setValue(units.get(0));
        }
        organisation.setLabel(getTranslation("inclusion.report.organisation"));
        organisation.setItems(organisations);
        organisation.setItemLabelGenerator(Organisation::getName);
        organisation.setVisible(false);
        organisation.setId("report-organisation");
        if (organisations.size() >= 1) {
            organisation.setValue(organisations.get(0)); // issue 13: the whole organisation needs no extra pick
        }
        from.setLabel(getTranslation("inclusion.report.from"));
        from.setLocale(getLocale());
        from.setClearButtonVisible(true);
        to.setLabel(getTranslation("inclusion.report.to"));
        to.setLocale(getLocale());
        to.setClearButtonVisible(true);
        to.addValueChangeListener(e -> from.setMax(e.getValue()));
        from.addValueChangeListener(e -> to.setMin(e.getValue()));

        Button show = new Button(getTranslation("inclusion.report.show"), VaadinIcon.CHART.create(), e -> show());
        show.addThemeVariants(ButtonVariant.PRIMARY);
        show.setId("show-report");
        FormLayout filters = new FormLayout(groupType, unit, organisation, from, to);
        filters.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40rem", 3));
        result.setWidthFull();
        result.setId("report-result");
        add(intro, filters, show, result);
    }

    private void show() {
        result.removeAll();
        boolean byUnit = groupType.getValue() == GroupType.WORK_UNIT;
        unit.setInvalid(false);
        organisation.setInvalid(false);
        if (byUnit && unit.getValue() == null) {
            unit.setErrorMessage(getTranslation("inclusion.report.selectGroup"));
            unit.setInvalid(true);
            return;
        }
        if (!byUnit && organisation.getValue() == null) {
            organisation.setErrorMessage(getTranslation("inclusion.report.selectGroup"));
            organisation.setInvalid(true);
            return;
        }
        InclusionReport report = reports.report(new InclusionReportService.Query(
                byUnit ? null : organisation.getValue().getId(), byUnit ? unit.getValue().getId() : null,
                from.getValue(), to.getValue()));
        result.add(new H3(report.groupName()));
        Paragraph count = new Paragraph(getTranslation("inclusion.report.respondents", report.respondents()));
        count.setId("report-respondents");
        result.add(count);
        if (!report.shown()) {
            Paragraph why = new Paragraph(getTranslation("inclusion.report.tooFew", report.respondents(),
                    report.minGroupSize()));
            why.addClassName("report-withheld");
            why.setId("report-withheld");
            result.add(why);
        } else {
            result.add(table(report));
            Paragraph scale = new Paragraph(getTranslation("inclusion.report.scaleNote"));
            scale.addClassName("capacity-note");
            result.add(scale);
        }
        if (report.startOnly() > 0) {
            Paragraph startOnly = new Paragraph(getTranslation("inclusion.report.startOnly", report.startOnly()));
            startOnly.addClassName("capacity-note");
            result.add(startOnly);
        }
    }

    private Div table(InclusionReport report) {
        NativeTable table = new NativeTable();
        table.setId("report-table");
        table.addClassName("capacity-table");
        table.setCaptionText(getTranslation("inclusion.report.caption", report.groupName(), report.respondents()));
        NativeTableRow head = table.getHead().addRow();
        head.addHeaderCell().setText(getTranslation("inclusion.report.statement"));
        head.addHeaderCell().setText(getTranslation("inclusion.report.start"));
        head.addHeaderCell().setText(getTranslation("inclusion.report.end"));
        head.addHeaderCell().setText(getTranslation("inclusion.report.change"));
        for (InclusionReport.StatementChange s : report.statements()) {
            NativeTableRow row = table.getBody().addRow();
            NativeTableHeaderCell th = row.addHeaderCell();
            th.setText(s.number() + ". " + s.text());
            th.getElement().setAttribute("scope", "row");
            row.addDataCell().setText(Format.mean(s.startMean(), getLocale()));
            row.addDataCell().setText(Format.mean(s.endMean(), getLocale()));
            NativeTableCell delta = row.addDataCell();
            delta.setText(Format.change(s.change(), getLocale()));
            delta.addClassName(s.change() > 0.05 ? "up" : s.change() < -0.05 ? "down" : "same");
        }
        NativeTableRow total = table.getFoot().addRow();
        NativeTableHeaderCell th = total.addHeaderCell();
        th.setText(getTranslation("inclusion.report.total"));
        th.getElement().setAttribute("scope", "row");
        total.addDataCell().setText(Format.mean(report.startMean(), getLocale()));
        total.addDataCell().setText(Format.mean(report.endMean(), getLocale()));
        total.addDataCell().setText(Format.change(report.change(), getLocale()));
        Div wrap = new Div(table);
        wrap.addClassName("capacity-table-wrap");
        return wrap;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("inclusion.nav");
    }
}
