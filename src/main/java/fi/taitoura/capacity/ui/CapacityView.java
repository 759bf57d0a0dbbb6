package fi.taitoura.capacity.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import fi.taitoura.base.chart.ChartRenderer;
import fi.taitoura.base.i18n.TranslationProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import fi.taitoura.base.ui.Notifications;
import fi.taitoura.capacity.AssessmentPhase;
import fi.taitoura.capacity.CapacityAssessment;
import fi.taitoura.capacity.CapacityScoring;
import fi.taitoura.capacity.CapacityService;
import fi.taitoura.capacity.Instrument;
import fi.taitoura.capacity.InstrumentService;
import fi.taitoura.capacity.PeriodCapacityChange;
import fi.taitoura.capacity.PeriodCapacityChange.DomainChange;
import fi.taitoura.capacity.PeriodCapacityChange.InstrumentChange;
import fi.taitoura.capacity.PeriodCapacityChange.RaterChange;
import fi.taitoura.capacity.Rater;
import fi.taitoura.trainee.TraineeRef;
import fi.taitoura.trainee.TraineeService;
import fi.taitoura.trainee.PeriodDetails;
import fi.taitoura.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;

/**
 * A trainee's work and functional capacity in one period: the coach's rating and the trainee's self-assessment side
 * by side (differences of 2 or more highlighted, for the coach and the trainee to talk about), the change over the
 * period as charts and a table, the list of assessments, and the Osallisuusindikaattori answers (recorded here, never
 * scored per person). A referring case worker sees only the change.
 */
@Route("trainees/:traineeId([0-9]+)/capacity")
@RolesAllowed({Role.Names.COACH, Role.Names.CAREER_AGENT, Role.Names.TEAM_LEAD})
@StyleSheet("styles/capacity.css")
class CapacityView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String TRAINEE_ID = "traineeId";

    private final TraineeService trainees;
    private final CapacityService capacity;
    private final InstrumentService instruments;
    private final TranslationProvider translations;

    private final H2 name = new H2();
    private final ComboBox<PeriodDetails> periodSelect = new ComboBox<>();
    private final HorizontalLayout actions = new HorizontalLayout();
    private final Div content = new Div();
    private TraineeRef trainee;
    private PeriodDetails period;
    private CapacityService.PeriodAccess access;

    CapacityView(TraineeService trainees, CapacityService capacity, InstrumentService instruments,
                 TranslationProvider translations) {
        this.trainees = trainees;
        this.capacity = capacity;
        this.instruments = instruments;
        this.translations = translations;
        addClassName("capacity-view");
        setWidthFull();

        name.addClassName("capacity-trainee");
        periodSelect.setLabel(getTranslation("capacity.period"));
        periodSelect.setItemLabelGenerator(p -> getTranslation("capacity.periodLabel", p.workUnitName(),
                Format.date(p.startDate()), Format.date(p.end())));
        periodSelect.setId("period-select");
        periodSelect.setWidth("min(32rem, 100%)");
        periodSelect.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                getUI().ifPresent(ui -> ui.navigate("trainees/" + trainee.id() + "/capacity",
                        QueryParameters.of("period", String.valueOf(e.getValue().periodId()))));
            }
        });
        actions.setWrap(true);
        actions.setAlignItems(FlexComponent.Alignment.END);
        HorizontalLayout top = new HorizontalLayout(periodSelect, actions);
        top.setWrap(true);
        top.setAlignItems(FlexComponent.Alignment.END);
        top.setWidthFull();
        content.setWidthFull();
        content.addClassName("capacity-content");
        add(name, top, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Long traineeId = event.getRouteParameters().getLong(TRAINEE_ID).orElse(-1L);
        List<PeriodDetails> periods;
        try {
            trainee = trainees.readTrainee(traineeId);
            periods = trainees.periodsOfTrainee(traineeId);
        } catch (AccessDeniedException e) {
            event.rerouteToError(com.vaadin.flow.router.AccessDeniedException.class);
            return;
        }
        name.setText(trainee.displayName());
        periodSelect.setItems(periods);
        String wanted = event.getLocation().getQueryParameters().getSingleParameter("period").orElse("");
        period = periods.stream().filter(p -> String.valueOf(p.periodId()).equals(wanted)).findFirst()
                .orElse(periods.isEmpty() ? null : periods.get(0));
        periodSelect.setValue(period);
        periodSelect.setVisible(!periods.isEmpty());
        refresh();
    }

    /** Re-reads the period's data and rebuilds the page. */
    void refresh() {
        content.removeAll();
        actions.removeAll();
        if (period == null) {
            content.add(new Paragraph(getTranslation("capacity.noPeriods")));
            return;
        }
        access = capacity.access(period.periodId());
        if (access.record()) {
            Button add = new Button(getTranslation("capacity.newAssessment"), VaadinIcon.PLUS.create(),
                    e -> openDialog(false, null));
            add.addThemeVariants(ButtonVariant.PRIMARY);
            add.setId("new-assessment");
            Button inclusion = new Button(getTranslation("capacity.newInclusion"), VaadinIcon.CLIPBOARD_TEXT.create(),
                    e -> openDialog(true, null));
            inclusion.setId("new-inclusion");
            actions.add(add, inclusion);
        }
        if (!access.details()) {
            Paragraph note = new Paragraph(getTranslation("capacity.caseWorkerNote"));
            note.addClassName("capacity-note");
            content.add(note);
        }
        PeriodCapacityChange change = capacity.periodCapacityChange(period.periodId());
        List<CapacityAssessment> list = access.details() ? capacity.findAssessments(period.periodId()) : List.of();
        if (change.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("capacity.empty"));
            empty.setId("capacity-empty");
            content.add(empty);
        }
        if (access.details() && !list.isEmpty()) {
            content.add(comparisonSection(list));
        }
        if (!change.isEmpty()) {
            content.add(changeSection(change));
        }
        if (access.details() && !list.isEmpty()) {
            content.add(assessmentsSection(list));
        }
        if (access.record()) {
            content.add(inclusionSection());
        }
    }

    private void openDialog(boolean inclusion, CapacityAssessment existing) {
        new AssessmentDialog(capacity, instruments, translations, period, inclusion, existing, this::refresh).open();
    }

    // ------------------------------------------------------------------ side by side

    private Component comparisonSection(List<CapacityAssessment> list) {
        Section section = section("capacity.section.compare", "compare-section");
        Paragraph legend = new Paragraph(getTranslation("capacity.compare.legend", CapacityScoring.DISAGREEMENT));
        legend.addClassName("capacity-note");
        section.add(legend);
        Map<String, List<CapacityAssessment>> byCode = list.stream().collect(Collectors.groupingBy(
                a -> a.getInstrument().getCode(), LinkedHashMap::new, Collectors.toList()));
        for (List<CapacityAssessment> ofInstrument : byCode.values()) {
            Instrument newest = ofInstrument.stream().map(CapacityAssessment::getInstrument)
                    .max(Comparator.comparingInt(Instrument::getInstrumentVersion)).orElseThrow();
            Div block = new Div();
            block.addClassName("capacity-block");
            block.add(instrumentHeading(newest.getName().in(getLocale()), newest.isExample()));
            Select<CapacityAssessment> coach = assessmentSelect(ofInstrument, Rater.COACH,
                    "capacity.compare.coach");
            Select<CapacityAssessment> self = assessmentSelect(ofInstrument, Rater.SELF, "capacity.compare.self");
            Div table = new Div();
            table.addClassName("capacity-table-wrap");
            Runnable redraw = () -> {
                table.removeAll();
                Instrument layout = coach.getValue() != null ? coach.getValue().getInstrument()
                        : self.getValue() != null ? self.getValue().getInstrument() : newest;
                table.add(comparisonTable(layout, coach.getValue(), self.getValue()));
            };
            coach.addValueChangeListener(e -> redraw.run());
            self.addValueChangeListener(e -> redraw.run());
            HorizontalLayout selects = new HorizontalLayout(coach, self);
            selects.setWrap(true);
            block.add(selects, table);
            redraw.run();
            section.add(block);
        }
        return section;
    }

    private Select<CapacityAssessment> assessmentSelect(List<CapacityAssessment> list, Rater rater, String labelKey) {
        Select<CapacityAssessment> select = new Select<>();
        select.setLabel(getTranslation(labelKey));
        List<CapacityAssessment> ofRater = list.stream().filter(a -> a.getRater() == rater).toList();
        select.setItems(ofRater);
        select.setItemLabelGenerator(a -> a == null ? getTranslation("capacity.compare.noneSelected")
                : Format.date(a.getAssessedOn()) + " · " + translations.enumLabel(a.getPhase(), getLocale())
                + (a.getInstrument().getInstrumentVersion() > 1 ? " · v" + a.getInstrument().getInstrumentVersion()
                : ""));
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(getTranslation("capacity.compare.noneSelected"));
        select.setWidth("16rem");
        if (!ofRater.isEmpty()) {
            select.setValue(ofRater.get(ofRater.size() - 1));
        }
        select.addClassName(rater == Rater.COACH ? "select-coach" : "select-self");
        return select;
    }

    private NativeTable comparisonTable(Instrument layout, CapacityAssessment coach, CapacityAssessment self) {
        NativeTable table = new NativeTable();
        table.addClassName("capacity-table");
        table.addClassName("comparison-table");
        table.setCaptionText(getTranslation("capacity.compare.caption", layout.getName().in(getLocale())));
        NativeTableRow head = table.getHead().addRow();
        head.addHeaderCell().setText(getTranslation("capacity.compare.item"));
        head.addHeaderCell().setText(getTranslation("capacity.compare.coach"));
        head.addHeaderCell().setText(getTranslation("capacity.compare.self"));
        head.addHeaderCell().setText(getTranslation("capacity.compare.difference"));
        for (CapacityScoring.ComparisonRow r : CapacityScoring.compare(layout, coach, self)) {
            NativeTableRow row = table.getBody().addRow();
            if (r.domain()) {
                row.addClassName("domain-row");
                NativeTableHeaderCell th = row.addHeaderCell();
                th.setText(r.text().in(getLocale()));
                th.getElement().setAttribute("scope", "row");
                row.addDataCell().setText(Format.score(r.coach(), getLocale()));
                row.addDataCell().setText(Format.score(r.self(), getLocale()));
                row.addDataCell().setText(Format.change(r.difference(), getLocale()));
            } else {
                row.addClassName("item-row");
                row.addDataCell().setText(r.text().in(getLocale()));
                row.addDataCell().setText(answerText(layout, r.coach(), coach));
                row.addDataCell().setText(answerText(layout, r.self(), self));
                NativeTableCell diff = row.addDataCell();
                diff.setText(Format.change(r.difference(), getLocale()));
                if (r.disagreement()) {
                    row.addClassName("disagreement");
                    Span badge = new Span(getTranslation("capacity.compare.discuss"));
                    badge.addClassName("discuss-badge");
                    diff.add(badge);
                }
            }
        }
        return table;
    }

    private String answerText(Instrument layout, Double value, CapacityAssessment assessment) {
        if (assessment == null) {
            return "";
        }
        if (value == null) {
            return getTranslation("capacity.notAssessed");
        }
        int v = value.intValue();
        String label = layout.point(v).map(p -> p.getLabel().in(getLocale())).orElse("");
        return label.isEmpty() || label.equals(String.valueOf(v)) ? String.valueOf(v)
                : label.startsWith(String.valueOf(v)) ? label : v + " – " + label;
    }

    // ------------------------------------------------------------------ change over time

    private Component changeSection(PeriodCapacityChange change) {
        Section section = section("capacity.section.change", "change-section");
        for (InstrumentChange instrument : change.instruments()) {
            Div block = new Div();
            block.addClassName("capacity-block");
            block.add(instrumentHeading(instrument.name().in(getLocale()), instrument.example()));
            // One image per domain, so that they wrap to the screen's width (the PDF draws them as one grid).
            Div charts = new Div();
            charts.addClassName("capacity-charts");
            List<fi.taitoura.base.chart.LineChart> panels = capacity.chartPanels(instrument, getLocale());
            for (int i = 0; i < panels.size(); i++) {
                String svg = ChartRenderer.toSvg(List.of(panels.get(i)), 1, CapacityService.PANEL_WIDTH,
                        CapacityService.PANEL_HEIGHT, getLocale());
                Image chart = new Image(ChartRenderer.svgDataUrl(svg),
                        getTranslation("capacity.chart.alt", panels.get(i).title()));
                chart.addClassName("capacity-chart");
                chart.setId("chart-" + instrument.code() + "-" + instrument.domains().get(i).key());
                charts.add(chart);
            }
            Div chartWrap = new Div(charts);
            chartWrap.addClassName("capacity-chart-wrap");
            Div tableWrap = new Div(changeTable(instrument));
            tableWrap.addClassName("capacity-table-wrap");
            block.add(chartWrap, tableWrap);
            section.add(block);
        }
        return section;
    }

    private NativeTable changeTable(InstrumentChange instrument) {
        NativeTable table = new NativeTable();
        table.addClassName("capacity-table");
        table.addClassName("change-table");
        table.setId("change-" + instrument.code());
        table.setCaptionText(getTranslation("capacity.change.caption", instrument.name().in(getLocale())));
        NativeTableRow groups = table.getHead().addRow();
        groups.addHeaderCell().setText("");
        NativeTableHeaderCell coachHead = groups.addHeaderCell();
        coachHead.setText(getTranslation("capacity.change.coach"));
        coachHead.getElement().setAttribute("colspan", "3");
        NativeTableHeaderCell selfHead = groups.addHeaderCell();
        selfHead.setText(getTranslation("capacity.change.self"));
        selfHead.getElement().setAttribute("colspan", "3");
        NativeTableRow head = table.getHead().addRow();
        head.addHeaderCell().setText(getTranslation("capacity.change.domain"));
        for (int i = 0; i < 2; i++) {
            head.addHeaderCell().setText(getTranslation("capacity.change.start"));
            head.addHeaderCell().setText(getTranslation("capacity.change.end"));
            head.addHeaderCell().setText(getTranslation("capacity.change.delta"));
        }
        for (DomainChange d : instrument.domains()) {
            NativeTableRow row = table.getBody().addRow();
            NativeTableHeaderCell th = row.addHeaderCell();
            th.setText(d.name().in(getLocale()));
            th.getElement().setAttribute("scope", "row");
            addChangeCells(row, d.coach());
            addChangeCells(row, d.self());
        }
        return table;
    }

    private void addChangeCells(NativeTableRow row, RaterChange c) {
        row.addDataCell().setText(c.start() == null ? "–" : Format.score(c.start().score(), getLocale()));
        row.addDataCell().setText(c.end() == null ? "–" : Format.score(c.end().score(), getLocale()));
        NativeTableCell delta = row.addDataCell();
        delta.setText(Format.change(c.change(), getLocale()));
        delta.addClassName("delta");
        if (c.change() != null && c.change() > 0.05) {
            delta.addClassName("up");
        } else if (c.change() != null && c.change() < -0.05) {
            delta.addClassName("down");
        }
    }

    // ------------------------------------------------------------------ lists

    private Component assessmentsSection(List<CapacityAssessment> list) {
        Section section = section("capacity.section.assessments", "assessments-section");
        Grid<CapacityAssessment> grid = assessmentGrid(true, list);
        grid.setId("assessments");
        grid.setItems(list.reversed());
        grid.setAriaLabel(getTranslation("capacity.section.assessments"));
        section.add(grid);
        return section;
    }

    private Grid<CapacityAssessment> assessmentGrid(boolean withComment, List<CapacityAssessment> items) {
        Map<Long, String> enteredBy = capacity.enteredByNames(items);
        Grid<CapacityAssessment> grid = new Grid<>();
        grid.addColumn(a -> Format.date(a.getAssessedOn())).setHeader(getTranslation("capacity.col.date"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(a -> translations.enumLabel(a.getPhase(), getLocale()))
                .setHeader(getTranslation("capacity.col.phase")).setAutoWidth(true).setFlexGrow(0);
        if (withComment) {
            grid.addColumn(a -> a.getInstrument().displayName(getLocale()))
                    .setHeader(getTranslation("capacity.col.instrument")).setAutoWidth(true);
        }
        grid.addColumn(a -> translations.enumLabel(a.getRater(), getLocale()) + " ("
                        + translations.enumLabel(a.getEntryMethod(), getLocale()).toLowerCase(getLocale()) + ")")
                .setHeader(getTranslation("capacity.col.rater")).setAutoWidth(true);
        grid.addColumn(a -> enteredBy.getOrDefault(a.getEnteredById(), "")).setHeader(getTranslation("capacity.col.enteredBy"))
                .setAutoWidth(true);
        if (withComment) {
            grid.addColumn(a -> a.getComment() == null ? "" : a.getComment())
                    .setHeader(getTranslation("capacity.col.comment")).setFlexGrow(1);
        }
        if (access.record()) {
            grid.addComponentColumn(a -> {
                Button edit = new Button(VaadinIcon.EDIT.create(),
                        e -> openDialog(a.getInstrument().getKind() == fi.taitoura.capacity.InstrumentKind.INCLUSION,
                                a));
                edit.addThemeVariants(ButtonVariant.TERTIARY);
                edit.setAriaLabel(getTranslation("common.edit") + " " + Format.date(a.getAssessedOn()));
                // the trainee's own answers (issue #16) are theirs: removable by mistake, never changed by staff
                edit.setVisible(a.getEntryMethod() != fi.taitoura.capacity.EntryMethod.BY_TRAINEE);
                Button delete = new Button(VaadinIcon.TRASH.create(), e -> confirmDelete(a));
                delete.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
                delete.setAriaLabel(getTranslation("capacity.delete") + " " + Format.date(a.getAssessedOn()));
                return new HorizontalLayout(edit, delete);
            }).setAutoWidth(true).setFlexGrow(0);
        }
        grid.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private void confirmDelete(CapacityAssessment a) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("capacity.delete"));
        confirm.setText(getTranslation("capacity.deleteConfirm", Format.date(a.getAssessedOn()),
                translations.enumLabel(a.getRater(), getLocale()), a.getInstrument().displayName(getLocale())));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("common.cancel"));
        confirm.setConfirmText(getTranslation("capacity.delete"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> {
            Notifications.save(this, () -> {
                capacity.delete(a.getId());
                Notifications.success(getTranslation("capacity.deleted"));
                refresh();
            });
        });
        confirm.open();
    }

    private Component inclusionSection() {
        Section section = section("capacity.section.inclusion", "inclusion-section");
        Paragraph note = new Paragraph(getTranslation("capacity.inclusion.note"));
        note.addClassName("capacity-note");
        section.add(note);
        List<CapacityAssessment> responses = capacity.findInclusionResponses(period.periodId());
        if (responses.isEmpty()) {
            section.add(new Paragraph(getTranslation("capacity.inclusion.none")));
        } else {
            Grid<CapacityAssessment> grid = assessmentGrid(false, responses);
            grid.setId("inclusion-responses");
            grid.setItems(responses);
            grid.setAriaLabel(getTranslation("capacity.section.inclusion"));
            section.add(grid);
        }
        boolean hasStart = responses.stream().anyMatch(a -> a.getPhase() == AssessmentPhase.START);
        boolean hasEnd = responses.stream().anyMatch(a -> a.getPhase() == AssessmentPhase.END);
        if (!hasStart || !hasEnd) {
            Paragraph todo = new Paragraph(getTranslation(!hasStart ? "capacity.inclusion.startMissing"
                    : "capacity.inclusion.endMissing"));
            todo.addClassName("capacity-note");
            section.add(todo);
        }
        return section;
    }

    private Section section(String titleKey, String id) {
        Section section = new Section();
        section.setId(id);
        section.addClassName("capacity-section");
        section.add(new H3(getTranslation(titleKey)));
        return section;
    }

    private Component instrumentHeading(String name, boolean example) {
        FlexLayout heading = new FlexLayout();
        heading.addClassName("instrument-heading");
        Span title = new Span(name);
        title.addClassName("instrument-name");
        heading.add(title);
        if (example) {
            Span badge = new Span(getTranslation("capacity.example"));
            badge.addClassName("example-badge");
            heading.add(badge);
        }
        return heading;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("capacity.title") + (trainee == null ? "" : ": " + trainee.displayName());
    }
}
