package fi.taitoura.reporting.ui;

import fi.taitoura.base.time.Time;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fi.taitoura.base.chart.BarChart;
import fi.taitoura.base.chart.ChartRenderer;
import fi.taitoura.base.i18n.TranslationProvider;
import fi.taitoura.base.ui.Downloads;
import fi.taitoura.base.ui.Formats;
import fi.taitoura.base.ui.Notifications;
import fi.taitoura.outcome.FollowUpState;
import fi.taitoura.employment.Outcome;
import fi.taitoura.reporting.FollowUpReport;
import fi.taitoura.reporting.FollowUpReport.EnvironmentRow;
import fi.taitoura.reporting.FollowUpReport.FunderRow;
import fi.taitoura.reporting.FollowUpReport.IpsRow;
import fi.taitoura.reporting.FollowUpReport.OutcomeRow;
import fi.taitoura.reporting.FollowUpReport.RowKind;
import fi.taitoura.reporting.ReportExports.Section;
import fi.taitoura.reporting.ReportQuery;
import fi.taitoura.reporting.ReportService;
import fi.taitoura.reporting.ReportService.Coach;
import fi.taitoura.reporting.ReportService.Options;
import fi.taitoura.security.Role;
import fi.taitoura.workplace.WorkplaceService.OrganisationRef;
import fi.taitoura.workplace.WorkplaceService.UnitRef;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The team lead's entry point to every report (/reports): the follow-up table of training environments per work
 * unit and coach with the trainees-per-coach capacity, outcomes at the end and at three months, the counts a funder
 * asks for, and supported employment when present; charts on screen, everything downloadable as xlsx and CSV; links
 * to the fidelity self-review and the inclusion survey.
 */
@Route("reports")
@Menu(title = "report.nav", order = 500, icon = "vaadin:chart-grid")
@RolesAllowed({Role.Names.TEAM_LEAD, Role.Names.ADMIN})
@StyleSheet("styles/reports.css")
class ReportsView extends VerticalLayout implements HasDynamicTitle {

    enum Preset { THIS_YEAR, LAST_YEAR, LAST_12_MONTHS, THIS_HALF, CUSTOM }

    private static final DateTimeFormatter FILE_DATE = DateTimeFormatter.ISO_LOCAL_DATE;

    private final ReportService service;
    private final TranslationProvider translations;
    private final ComboBox<OrganisationRef> organisation = new ComboBox<>();
    private final ComboBox<UnitRef> unit = new ComboBox<>();
    private final ComboBox<Coach> coach = new ComboBox<>();
    private final Select<Preset> preset = new Select<>();
    private final DatePicker from;
    private final DatePicker to;
    private final Div result = new Div();
    private final Options options;

    ReportsView(ReportService service, TranslationProvider translations) {
        this.service = service;
        this.translations = translations;
        addClassName("reports-view");
        options = service.options();

        Paragraph intro = new Paragraph(getTranslation("report.intro"));
        intro.addClassName("report-note");
        Anchor fidelity = new Anchor("reports/fidelity", getTranslation("fidelity.nav"));
        fidelity.setId("link-fidelity");
        Anchor inclusion = new Anchor("reports/inclusion", getTranslation("survey.nav"));
        inclusion.setId("link-inclusion");
        HorizontalLayout links = new HorizontalLayout(VaadinIcon.ARROW_RIGHT.create(), fidelity,
                VaadinIcon.ARROW_RIGHT.create(), inclusion);
        links.addClassName("report-links");
        links.setWrap(true);
        links.setAlignItems(Alignment.CENTER);

        organisation.setLabel(getTranslation("report.organisation"));
        organisation.setItems(options.organisations());
        organisation.setItemLabelGenerator(OrganisationRef::name);
        organisation.setClearButtonVisible(true);
        organisation.setId("report-organisation");
        organisation.setVisible(options.organisations().size() > 1);
        if (options.organisations().size() == 1) {
            organisation.setValue(options.organisations().get(0));
        }
        unit.setLabel(getTranslation("report.unit"));
        unit.setClearButtonVisible(true);
        unit.setPlaceholder(getTranslation("report.allUnits"));
        unit.setItemLabelGenerator(UnitRef::name);
        unit.setId("report-unit");
        coach.setLabel(getTranslation("report.coach"));
        coach.setClearButtonVisible(true);
        coach.setPlaceholder(getTranslation("report.allCoaches"));
        coach.setItemLabelGenerator(Coach::name);
        coach.setId("report-coach");
        organisation.addValueChangeListener(e -> refreshUnits());
        unit.addValueChangeListener(e -> refreshCoaches());
        refreshUnits();

        preset.setLabel(getTranslation("report.range"));
        preset.setItems(Preset.values());
        preset.setItemLabelGenerator(p -> getTranslation("report.preset." + p.name()));
        preset.setId("report-preset");
        from = Formats.datePicker(getTranslation("report.from"));
        from.setId("report-from");
        to = Formats.datePicker(getTranslation("report.to"));
        to.setId("report-to");
        preset.addValueChangeListener(e -> applyPreset(e.getValue()));
        preset.setValue(Preset.THIS_YEAR);
        from.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                preset.setValue(Preset.CUSTOM);
            }
        });
        to.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                preset.setValue(Preset.CUSTOM);
            }
        });

        Button show = new Button(getTranslation("report.show"), VaadinIcon.TABLE.create(), e -> show());
        show.addThemeVariants(ButtonVariant.PRIMARY);
        show.setId("show-report");
        FormLayout filters = new FormLayout(organisation, unit, coach, preset, from, to);
        filters.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2),
                new FormLayout.ResponsiveStep("60rem", 3));
        filters.addClassName("report-filters");
        result.setWidthFull();
        result.setId("report-result");
        add(intro, links, filters, show, result);
        show();
    }

    private void refreshUnits() {
        OrganisationRef org = organisation.getValue();
        unit.setItems(options.units().stream()
                .filter(w -> org == null || org.id().equals(w.organisationId())).toList());
        refreshCoaches();
    }

    private void refreshCoaches() {
        UnitRef w = unit.getValue();
        OrganisationRef org = organisation.getValue();
        List<Coach> list = options.coaches().stream().filter(c -> w != null ? c.unitIds().contains(w.id())
                : org == null || options.units().stream().anyMatch(u -> c.unitIds().contains(u.id())
                && org.id().equals(u.organisationId()))).toList();
        Coach selected = coach.getValue();
        coach.setItems(list);
        if (selected != null && list.stream().anyMatch(c -> c.id().equals(selected.id()))) {
            coach.setValue(list.stream().filter(c -> c.id().equals(selected.id())).findFirst().orElseThrow());
        }
    }

    private void applyPreset(Preset p) {
        LocalDate today = Time.today();
        switch (p) {
            case THIS_YEAR -> set(today.withDayOfYear(1), today);
            case LAST_YEAR -> set(today.minusYears(1).withDayOfYear(1), today.withDayOfYear(1).minusDays(1));
            case LAST_12_MONTHS -> set(today.minusMonths(12).plusDays(1), today);
            case THIS_HALF -> set(today.getMonthValue() <= 6 ? today.withDayOfYear(1)
                    : today.withMonth(7).withDayOfMonth(1), today);
            case CUSTOM -> {
            }
        }
    }

    private void set(LocalDate f, LocalDate t) {
        from.setValue(f);
        to.setValue(t);
    }

    private ReportQuery query() {
        return new ReportQuery(organisation.getValue() == null ? null : organisation.getValue().id(),
                unit.getValue() == null ? null : unit.getValue().id(),
                coach.getValue() == null ? null : coach.getValue().id(), from.getValue(), to.getValue());
    }

    private void show() {
        result.removeAll();
        from.setInvalid(false);
        to.setInvalid(false);
        if (from.getValue() == null || to.getValue() == null || to.getValue().isBefore(from.getValue())) {
            DatePicker bad = from.getValue() == null ? from : to;
            bad.setErrorMessage(getTranslation(from.getValue() == null || to.getValue() == null
                    ? "validation.required" : "report.error.rangeOrder"));
            bad.setInvalid(true);
            return;
        }
        ReportQuery q = query();
        FollowUpReport r;
        try {
            r = service.followUpReport(q);
        } catch (RuntimeException ex) {
            if (!Notifications.saveFailed(this, ex)) {
                throw ex;
            }
            return;
        }
        Locale l = getLocale();
        Paragraph scope = new Paragraph(getTranslation("report.scopeLine",
                r.scope().isEmpty() ? getTranslation("report.scopeAll") : r.scope(),
                Formats.range(q.from(), q.to()), Formats.date(r.asOf())));
        scope.setId("report-scope");
        String base = "seurantataulukko-" + FILE_DATE.format(q.from()) + "-" + FILE_DATE.format(q.to());
        Anchor xlsx = Downloads.link(getTranslation("report.download.xlsx"), base + ".xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", () -> service.exportXlsx(q, l));
        xlsx.setId("download-xlsx");
        HorizontalLayout downloads = new HorizontalLayout(xlsx);
        downloads.setWrap(true);
        downloads.addClassName("report-downloads");
        for (Section s : Section.values()) {
            if ((s == Section.IPS || s == Section.IPS_FUNDER) && r.ips() == null) {
                continue;
            }
            Anchor csv = Downloads.link(getTranslation("report.download.csv", getTranslation(
                            "report.section." + s.name().toLowerCase(Locale.ROOT))),
                    base + "-" + s.name().toLowerCase(Locale.ROOT) + ".csv", "text/csv;charset=utf-8",
                    () -> service.exportCsv(q, s, l));
            csv.setId("download-csv-" + s.name().toLowerCase(Locale.ROOT));
            downloads.add(csv);
        }
        result.add(scope, downloads, environments(r), outcomes(r), funder(r));
        if (r.ips() != null) {
            result.add(ips(r));
        }
    }

    // ------------------------------------------------------------------ sections

    private Component environments(FollowUpReport r) {
        Div section = section("report.section.environments", "report-environments");
        List<EnvironmentRow> coachRows = r.environments().stream()
                .filter(e -> e.kind() == RowKind.COACH && e.capacity() != null).toList();
        if (!coachRows.isEmpty()) {
            List<String> categories = coachRows.stream().map(e -> e.coachName() + " · " + e.unitName()).toList();
            BarChart chart = new BarChart(getTranslation("report.chart.load"), getTranslation("report.chart.trainees"),
                    true, categories, List.of(
                    new BarChart.Series(getTranslation("report.col.active"),
                            coachRows.stream().map(EnvironmentRow::activeTrainees).toList()),
                    new BarChart.Series(getTranslation("report.col.capacity"),
                            coachRows.stream().map(EnvironmentRow::capacity).toList())));
            section.add(chart(chart, 760, 90 + 46 * coachRows.size(), "report-chart-load"));
        }
        NativeTable table = table("report-environments-table");
        head(table, "report.col.unitOrCoach", "report.col.activeOfCapacity", "report.col.started", "report.col.ended",
                "report.col.attendanceRate", "report.col.requirementsShown", "report.col.demonstrationsPassed",
                "report.col.unitsPassed", "report.col.certificates", "report.col.summariesDelivered",
                "report.col.toWorkOrEducation",
                "report.col.toWorkOrEducation3m", "report.col.interrupted");
        for (EnvironmentRow e : r.environments()) {
            NativeTableRow row = table.getBody().addRow();
            row.addClassName("row-" + e.kind().name().toLowerCase(Locale.ROOT));
            var th = row.addHeaderCell();
            th.getElement().setAttribute("scope", "row");
            th.setText(e.kind() == RowKind.TOTAL ? getTranslation("report.total")
                    : e.kind() == RowKind.UNIT ? e.unitName()
                    : (e.coachName() == null ? getTranslation("report.noCoach") : e.coachName()));
            NativeTableCell load = row.addDataCell();
            load.setText(e.activeTrainees() + (e.capacity() == null ? "" : " / " + e.capacity()));
            if (e.overCapacity()) {
                load.addClassName("over-capacity");
                load.getElement().setAttribute("title", getTranslation("report.overCapacity"));
                load.setText(load.getText() + " ⚠");
            }
            cells(row, e.started(), e.ended());
            row.addDataCell().setText(percent(e.attendanceRate()));
            cells(row, e.requirementsShown(), e.demonstrationsPassed(), e.unitsPassed(), e.certificates());
            row.addDataCell().setText(e.summariesDelivered() + " / " + e.summariesFinalised());
            cells(row, e.toWorkOrEducation(), e.toWorkOrEducation3m(), e.interrupted());
        }
        section.add(wrap(table, section));
        Paragraph note = new Paragraph(getTranslation("report.environmentsNote"));
        note.addClassName("report-note");
        section.add(note);
        return section;
    }

    private Component outcomes(FollowUpReport r) {
        Div section = section("report.section.outcomes", "report-outcomes");
        List<OutcomeRow> known = r.outcomes().stream().filter(o -> o.outcome() != null).toList();
        long total = r.outcomes().stream().mapToLong(OutcomeRow::atEnd).sum();
        if (total > 0) {
            BarChart chart = new BarChart(getTranslation("report.chart.outcomes"), getTranslation("report.chart.periods"),
                    true, known.stream().map(o -> translations.enumLabel(o.outcome(), getLocale())).toList(),
                    List.of(new BarChart.Series(getTranslation("report.col.atEnd"),
                                    known.stream().map(OutcomeRow::atEnd).toList()),
                            new BarChart.Series(getTranslation("report.col.at3Months"),
                                    known.stream().map(OutcomeRow::at3Months).toList())));
            section.add(chart(chart, 760, 120 + 44 * known.size(), "report-chart-outcomes"));
        }
        NativeTable table = table("report-outcomes-table");
        head(table, "report.col.outcome", "report.col.atEnd", "report.col.at3Months");
        for (OutcomeRow o : r.outcomes()) {
            NativeTableRow row = table.getBody().addRow();
            var th = row.addHeaderCell();
            th.getElement().setAttribute("scope", "row");
            th.setText(o.outcome() == null ? getTranslation("report.outcomeMissing")
                    : translations.enumLabel(o.outcome(), getLocale()));
            cells(row, o.atEnd(), o.at3Months());
        }
        section.add(wrap(table, section));
        List<String> states = new ArrayList<>();
        for (FollowUpState s : FollowUpState.values()) {
            states.add(translations.enumLabel(s, getLocale()) + " " + r.followUpStates().getOrDefault(s, 0L));
        }
        Paragraph p = new Paragraph(getTranslation("report.followUpStates", String.join(" · ", states)));
        p.setId("report-follow-up-states");
        p.addClassName("report-note");
        section.add(p);
        return section;
    }

    private Component funder(FollowUpReport r) {
        Div section = section("report.section.funder", "report-funder");
        NativeTable table = table("report-funder-table");
        head(table, "report.col.status", "report.col.serviceForm", "report.col.startedPeople",
                "report.col.endedPeople", "report.col.toWorkOrEducation", "report.col.interrupted",
                "report.outcomeMissing");
        for (FunderRow f : r.funder()) {
            NativeTableRow row = table.getBody().addRow();
            if (f.status() == null) {
                row.addClassName("row-total");
            }
            var th = row.addHeaderCell();
            th.getElement().setAttribute("scope", "row");
            th.setText(f.status() == null ? getTranslation("report.total")
                    : translations.enumLabel(f.status(), getLocale()));
            row.addDataCell().setText(f.serviceForm() == null ? ""
                    : translations.enumLabel(f.serviceForm(), getLocale()));
            long work = f.outcomes().entrySet().stream()
                    .filter(e -> fi.taitoura.outcome.OutcomeFacts.WORK_OR_EDUCATION.contains(e.getKey()))
                    .mapToLong(java.util.Map.Entry::getValue).sum();
            cells(row, f.startedPeople(), f.endedPeople(), work, f.outcomes().getOrDefault(Outcome.INTERRUPTED, 0L),
                    f.outcomeMissing());
        }
        section.add(wrap(table, section));
        Paragraph note = new Paragraph(getTranslation("report.funderNote"));
        note.addClassName("report-note");
        section.add(note);
        return section;
    }

    private Component ips(FollowUpReport r) {
        Div section = section("report.section.ips", "report-ips");
        NativeTable table = table("report-ips-table");
        head(table, "report.col.ips.coach", "report.col.ips.caseload", "report.col.ips.referrals",
                "report.col.ips.firstJobStarts", "report.col.ips.jobStarts", "report.col.ips.jobs13Weeks",
                "report.col.ips.employmentRate", "report.col.ips.daysToContact", "report.col.ips.daysToJob",
                "report.col.ips.contactsPerWeek");
        NumberFormat one = NumberFormat.getNumberInstance(getLocale());
        one.setMaximumFractionDigits(1);
        Function<Double, String> num = d -> d == null ? "–" : one.format(d);
        for (IpsRow i : r.ips().rows()) {
            NativeTableRow row = table.getBody().addRow();
            row.addClassName(i.coachId() == null ? "row-unit" : "row-coach");
            var th = row.addHeaderCell();
            th.getElement().setAttribute("scope", "row");
            th.setText(i.coachId() == null ? i.team() : i.coachName());
            NativeTableCell caseload = row.addDataCell();
            caseload.setText(String.valueOf(i.caseload()));
            if (i.coachId() != null && i.caseload() > 20) {
                caseload.addClassName("over-capacity");
                caseload.setText(i.caseload() + " ⚠");
            }
            cells(row, i.referrals(), i.firstJobStarts(), i.jobStarts(), i.jobs13Weeks());
            NativeTableCell rate = row.addDataCell();
            rate.setText(percent(i.employmentRate()) + " (" + i.employed() + "/" + i.servedOutOfWork() + ")");
            row.addDataCell().setText(num.apply(i.medianDaysToContact()));
            row.addDataCell().setText(num.apply(i.medianDaysToJob()));
            row.addDataCell().setText(num.apply(i.contactsPerWeek()));
        }
        section.add(wrap(table, section));
        NativeTable funder = table("report-ips-funder-table");
        List<String> keys = new ArrayList<>(List.of("report.col.ips.variant", "report.col.ips.started",
                "report.col.ips.ended", "report.col.toWorkOrEducation", "report.col.interrupted"));
        head(funder, keys.toArray(String[]::new));
        for (FollowUpReport.IpsFunderRow f : r.ips().funder()) {
            NativeTableRow row = funder.getBody().addRow();
            if (f.variant() == null) {
                row.addClassName("row-total");
            }
            var th = row.addHeaderCell();
            th.getElement().setAttribute("scope", "row");
            th.setText(f.variant() == null ? getTranslation("report.total")
                    : translations.enumLabel(f.variant(), getLocale()));
            long work = f.outcomes().entrySet().stream()
                    .filter(e -> fi.taitoura.outcome.OutcomeFacts.WORK_OR_EDUCATION.contains(e.getKey()))
                    .mapToLong(java.util.Map.Entry::getValue).sum();
            cells(row, f.started(), f.ended(), work, f.outcomes().getOrDefault(Outcome.INTERRUPTED, 0L));
        }
        section.add(wrap(funder, section));
        Paragraph note = new Paragraph(getTranslation("report.ipsNote"));
        note.addClassName("report-note");
        section.add(note);
        return section;
    }

    // ------------------------------------------------------------------ helpers

    private Div section(String titleKey, String id) {
        Div d = new Div(new H3(getTranslation(titleKey)));
        d.addClassName("report-section");
        d.setId(id);
        return d;
    }

    private Component chart(BarChart chart, int width, int height, String id) {
        Image img = new Image(ChartRenderer.svgDataUrl(ChartRenderer.toSvg(chart, width, height, getLocale())),
                chart.title());
        img.setId(id);
        img.addClassName("report-chart");
        Div wrap = new Div(img);
        wrap.addClassName("report-chart-wrap");
        // On a phone the chart keeps a readable size and scrolls sideways in its box (issue 13's tour); the box is a
        // named region in the tab order so a keyboard can scroll it.
        wrap.getElement().setAttribute("tabindex", "0");
        wrap.getElement().setAttribute("role", "region");
        wrap.getElement().setAttribute("aria-label", chart.title());
        return wrap;
    }

    private static NativeTable table(String id) {
        NativeTable t = new NativeTable();
        t.addClassName("report-table");
        t.setId(id);
        return t;
    }

    private void head(NativeTable table, String... keys) {
        NativeTableRow head = table.getHead().addRow();
        for (String k : keys) {
            var th = head.addHeaderCell();
            th.setText(getTranslation(k));
            th.getElement().setAttribute("scope", "col");
        }
    }

    private static void cells(NativeTableRow row, long... values) {
        for (long v : values) {
            row.addDataCell().setText(String.valueOf(v));
        }
    }

    private String percent(Double d) {
        if (d == null) {
            return "–";
        }
        NumberFormat p = NumberFormat.getPercentInstance(getLocale());
        p.setMaximumFractionDigits(0);
        return p.format(d);
    }

    /**
     * A table in a box that scrolls sideways on a narrow screen. The box is a named region in the tab order, so a
     * keyboard user can scroll it too (axe scrollable-region-focusable; issue 13's tour).
     */
    private static Div wrap(NativeTable table, Div section) {
        Div d = new Div(table);
        d.addClassName("report-table-wrap");
        d.getElement().setAttribute("tabindex", "0");
        d.getElement().setAttribute("role", "region");
        section.getChildren().filter(H3.class::isInstance).findFirst()
                .ifPresent(h -> d.getElement().setAttribute("aria-label", ((H3) h).getText()));
        return d;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("report.nav");
    }
}
