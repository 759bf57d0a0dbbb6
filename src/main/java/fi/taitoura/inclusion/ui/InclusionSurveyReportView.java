package fi.taitoura.inclusion.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fi.taitoura.base.report.ReportingWindow;
import fi.taitoura.base.ui.Downloads;
import fi.taitoura.base.ui.Notifications;
import fi.taitoura.capacity.InclusionReport;
import fi.taitoura.inclusion.InclusionGroupReportService;
import fi.taitoura.inclusion.InclusionGroupReportService.GroupQuery;
import fi.taitoura.inclusion.InclusionGroupReportService.GroupReport;
import fi.taitoura.inclusion.InclusionGroupReportService.OptionCount;
import fi.taitoura.inclusion.InclusionGroupReportService.QuestionReport;
import fi.taitoura.inclusion.InclusionGroupReportService.Withheld;
import fi.taitoura.security.Role;
import fi.taitoura.workplace.WorkplaceService.OrganisationRef;
import fi.taitoura.workplace.WorkplaceService.UnitRef;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

/**
 * The inclusion survey in full, per group (/reports/inclusion): a work unit or an organisation and one fixed
 * reporting window; the 10 statements as the change from start to end, the other parts as answer counts at the
 * start and end with the mean of each scale, the open answers; nothing for a group below the minimum size;
 * downloadable for the funder's reporting.
 */
@Route("reports/inclusion")
@Menu(title = "survey.nav", order = 520, icon = "vaadin:group")
@RolesAllowed({Role.Names.ADMIN, Role.Names.TEAM_LEAD, Role.Names.COACH})
@StyleSheet("styles/reports.css")
class InclusionSurveyReportView extends VerticalLayout implements HasDynamicTitle {

    enum GroupType { WORK_UNIT, ORGANISATION }

    private final InclusionGroupReportService reports;
    private final RadioButtonGroup<GroupType> groupType = new RadioButtonGroup<>();
    private final ComboBox<UnitRef> unit = new ComboBox<>();
    private final ComboBox<OrganisationRef> organisation = new ComboBox<>();
    private final Select<ReportingWindow> window = new Select<>();
    private final Div result = new Div();

    InclusionSurveyReportView(InclusionGroupReportService reports) {
        this.reports = reports;
        addClassName("inclusion-survey-view");
        setWidthFull();
        Paragraph intro = new Paragraph(getTranslation("inclusion.report.intro", reports.minGroupSize()));
        intro.addClassName("report-note");
        Paragraph windows = new Paragraph(getTranslation("survey.report.windowsNote"));
        windows.addClassName("report-note");

        List<OrganisationRef> organisations = reports.reportableOrganisations();
        List<UnitRef> units = reports.reportableUnits();
        groupType.setLabel(getTranslation("inclusion.report.groupType"));
        groupType.setItems(organisations.isEmpty() ? List.of(GroupType.WORK_UNIT)
                : List.of(GroupType.WORK_UNIT, GroupType.ORGANISATION));
        groupType.setItemLabelGenerator(t -> getTranslation(t == GroupType.WORK_UNIT ? "inclusion.report.byUnit"
                : "inclusion.report.byOrganisation"));
        groupType.setValue(GroupType.WORK_UNIT);
        groupType.setId("report-group-type");
        groupType.addValueChangeListener(e -> {
            unit.setVisible(e.getValue() == GroupType.WORK_UNIT);
            organisation.setVisible(e.getValue() == GroupType.ORGANISATION);
        });
        unit.setLabel(getTranslation("inclusion.report.unit"));
        unit.setItems(units);
        unit.setItemLabelGenerator(w -> w.name() + " (" + w.organisationName() + ")");
        unit.setId("report-unit");
        unit.setWidth("min(28rem, 100%)");
        if (units.size() == 1) {
            unit.setValue(units.get(0));
        }
        organisation.setLabel(getTranslation("inclusion.report.organisation"));
        organisation.setItems(organisations);
        organisation.setItemLabelGenerator(OrganisationRef::name);
        organisation.setVisible(false);
        organisation.setId("report-organisation");
        window.setLabel(getTranslation("survey.report.window"));
        window.setItems(reports.windows());
        window.setItemLabelGenerator(ReportingWindow::label);
        window.setValue(reports.windows().getFirst());
        window.setId("report-window");

        Button show = new Button(getTranslation("inclusion.report.show"), VaadinIcon.CHART.create(), e -> show());
        show.addThemeVariants(ButtonVariant.PRIMARY);
        show.setId("show-report");
        FormLayout filters = new FormLayout(groupType, unit, organisation, window);
        filters.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40rem", 3));
        result.setWidthFull();
        result.setId("report-result");
        add(new Anchor("reports", getTranslation("fidelity.backToReports")), intro, windows, filters, show, result);
        // issue 13: opened with nothing picked, the report shows the whole organisation (the viewer's own, when they
        // report on exactly one) in the latest window, without a pick; a work unit is a choice away.
        if (!organisations.isEmpty()) {
            groupType.setValue(GroupType.ORGANISATION);
            if (organisations.size() == 1) {
                organisation.setValue(organisations.getFirst());
            }
        }
        if (groupType.getValue() == GroupType.ORGANISATION ? organisation.getValue() != null
                : unit.getValue() != null) {
            show();
        }
    }

    private GroupQuery query() {
        boolean byUnit = groupType.getValue() == GroupType.WORK_UNIT;
        return new GroupQuery(byUnit ? null : organisation.getValue().id(),
                byUnit ? unit.getValue().id() : null, window.getValue());
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
        GroupQuery q = query();
        GroupReport r;
        try {
            r = reports.report(q, getLocale());
        } catch (RuntimeException ex) {
            if (!Notifications.saveFailed(this, ex)) {
                throw ex;
            }
            return;
        }
        Locale l = getLocale();
        result.add(new H3(r.groupName() + " · " + r.window().label()));
        String base = "osallisuuskysely-" + r.window().from() + "-" + r.window().to();
        Anchor xlsx = Downloads.link(getTranslation("report.download.xlsx"), base + ".xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", () -> reports.exportXlsx(q, l));
        xlsx.setId("download-survey-xlsx");
        Anchor csv = Downloads.link(getTranslation("survey.report.downloadCsv"), base + ".csv",
                "text/csv;charset=utf-8", () -> reports.exportCsv(q, l));
        csv.setId("download-survey-csv");
        HorizontalLayout downloads = new HorizontalLayout(xlsx, csv);
        downloads.addClassName("report-downloads");
        downloads.setWrap(true);
        result.add(downloads);
        result.add(statements(r));
        result.add(parts(r));
    }

    private Component statements(GroupReport r) {
        Div section = new Div(new H4(getTranslation("inclusion.nav")));
        section.addClassName("report-section");
        InclusionReport st = r.statements();
        Paragraph count = new Paragraph(getTranslation("inclusion.report.respondents", st.respondents()));
        count.setId("report-respondents");
        section.add(count);
        if (r.statementsWithheld() != null) {
            section.add(withheld(r.statementsWithheld(), st.respondents(), r.minGroupSize(), "report-withheld"));
        } else {
            section.add(table(st));
            Paragraph scale = new Paragraph(getTranslation("inclusion.report.scaleNote"));
            scale.addClassName("report-note");
            section.add(scale);
        }
        if (st.startOnly() > 0) {
            Paragraph startOnly = new Paragraph(getTranslation("inclusion.report.startOnly", st.startOnly()));
            startOnly.addClassName("report-note");
            section.add(startOnly);
        }
        return section;
    }

    private Paragraph withheld(Withheld why, long respondents, int min, String id) {
        Paragraph p = new Paragraph(why == Withheld.TOO_FEW
                ? getTranslation("inclusion.report.tooFew", respondents, min)
                : getTranslation("survey.report.complement", min));
        p.addClassName("withheld");
        p.setId(id);
        return p;
    }

    private Div table(InclusionReport report) {
        NumberFormat f = NumberFormat.getNumberInstance(getLocale());
        f.setMinimumFractionDigits(1);
        f.setMaximumFractionDigits(1);
        NativeTable table = new NativeTable();
        table.setId("report-table");
        table.addClassName("report-table");
        table.setCaptionText(getTranslation("inclusion.report.caption", report.groupName(), report.respondents()));
        NativeTableRow head = table.getHead().addRow();
        for (String k : List.of("inclusion.report.statement", "inclusion.report.start", "inclusion.report.end",
                "inclusion.report.change")) {
            head.addHeaderCell().setText(getTranslation(k));
        }
        for (InclusionReport.StatementChange s : report.statements()) {
            NativeTableRow row = table.getBody().addRow();
            NativeTableHeaderCell th = row.addHeaderCell();
            th.setText(s.number() + ". " + s.text());
            th.getElement().setAttribute("scope", "row");
            row.addDataCell().setText(f.format(s.startMean()));
            row.addDataCell().setText(f.format(s.endMean()));
            NativeTableCell delta = row.addDataCell();
            delta.setText((s.change() > 0 ? "+" : "") + f.format(s.change()));
        }
        NativeTableRow total = table.getFoot().addRow();
        NativeTableHeaderCell th = total.addHeaderCell();
        th.setText(getTranslation("inclusion.report.total"));
        th.getElement().setAttribute("scope", "row");
        total.addDataCell().setText(f.format(report.startMean()));
        total.addDataCell().setText(f.format(report.endMean()));
        total.addDataCell().setText((report.change() > 0 ? "+" : "") + f.format(report.change()));
        Div wrap = new Div(table);
        wrap.addClassName("report-table-wrap");
        return wrap;
    }

    private Component parts(GroupReport r) {
        Div section = new Div(new H4(r.surveyName()));
        section.addClassName("report-section");
        section.setId("survey-parts");
        Paragraph count = new Paragraph(getTranslation("survey.report.respondents", r.respondents()));
        count.setId("survey-respondents");
        section.add(count);
        if (r.workingText()) {
            Paragraph working = new Paragraph(getTranslation("survey.report.workingTextNote"));
            working.addClassName("report-note");
            section.add(working);
        }
        if (!r.shown()) {
            section.add(withheld(r.withheld(), r.respondents(), r.minGroupSize(), "survey-withheld"));
            return section;
        }
        NumberFormat f = NumberFormat.getNumberInstance(getLocale());
        f.setMaximumFractionDigits(1);
        f.setMinimumFractionDigits(1);
        NumberFormat pct = NumberFormat.getPercentInstance(getLocale());
        String part = null;
        for (QuestionReport q : r.questions()) {
            if (!q.part().equals(part)) {
                part = q.part();
                H4 h = new H4(part);
                h.addClassName("survey-part");
                section.add(h);
            }
            if (q.type() == fi.taitoura.inclusion.SurveyDefinition.QuestionType.TEXT) {
                section.add(new Paragraph(q.text()));
                if (q.openAnswers().isEmpty()) {
                    section.add(new Paragraph(getTranslation("survey.report.noOpenAnswers")));
                } else {
                    UnorderedList list = new UnorderedList();
                    q.openAnswers().forEach(t -> list.add(new ListItem(t)));
                    list.addClassName("survey-open-answers");
                    section.add(list);
                }
                continue;
            }
            NativeTable table = new NativeTable();
            table.addClassName("report-table");
            table.setId("survey-" + q.key());
            table.setCaptionText(q.text());
            NativeTableRow head = table.getHead().addRow();
            head.addHeaderCell().setText(getTranslation("survey.col.option"));
            head.addHeaderCell().setText(getTranslation("survey.col.start"));
            head.addHeaderCell().setText(getTranslation("survey.col.end"));
            for (OptionCount o : q.options()) {
                NativeTableRow row = table.getBody().addRow();
                NativeTableHeaderCell th = row.addHeaderCell();
                th.setText(o.label());
                th.getElement().setAttribute("scope", "row");
                row.addDataCell().setText(o.start() + share(o.start(), q.startAnswers(), pct));
                row.addDataCell().setText(o.end() + share(o.end(), q.endAnswers(), pct));
            }
            if (q.startMean() != null || q.endMean() != null) {
                NativeTableRow mean = table.getFoot().addRow();
                NativeTableHeaderCell th = mean.addHeaderCell();
                th.setText(getTranslation("survey.mean"));
                th.getElement().setAttribute("scope", "row");
                mean.addDataCell().setText(q.startMean() == null ? "–" : f.format(q.startMean()));
                mean.addDataCell().setText(q.endMean() == null ? "–" : f.format(q.endMean()));
            }
            Div wrap = new Div(table);
            wrap.addClassName("report-table-wrap");
            section.add(wrap);
        }
        return section;
    }

    private static String share(long n, long total, NumberFormat pct) {
        return total == 0 ? "" : " (" + pct.format((double) n / total) + ")";
    }

    @Override
    public String getPageTitle() {
        return getTranslation("survey.nav");
    }
}
