package fi.taitoura.fidelity.ui;

import fi.taitoura.base.ui.PhoneColumns;
import fi.taitoura.base.time.Time;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fi.taitoura.base.chart.ChartRenderer;
import fi.taitoura.base.chart.LineChart;
import fi.taitoura.base.ui.Formats;
import fi.taitoura.base.ui.Notifications;
import fi.taitoura.fidelity.FidelityInstrument;
import fi.taitoura.fidelity.FidelityRecords.NewReview;
import fi.taitoura.fidelity.FidelityRecords.Reviewer;
import fi.taitoura.fidelity.FidelityRecords.ReviewRow;
import fi.taitoura.fidelity.FidelityRecords.SubscaleTotal;
import fi.taitoura.fidelity.FidelityRecords.TrendPoint;
import fi.taitoura.fidelity.FidelityService;
import fi.taitoura.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The fidelity self-reviews (/reports/fidelity): the reviews of the team lead's organisation, or those the user is
 * named a reviewer on, with totals and bands; the trend of final reviews as a chart; a new review (team lead).
 */
@Route("reports/fidelity")
@Menu(title = "fidelity.nav", order = 510, icon = "vaadin:clipboard-check")
@RolesAllowed({Role.Names.TEAM_LEAD, Role.Names.COACH, Role.Names.CAREER_AGENT, Role.Names.TEACHER})
@StyleSheet("styles/reports.css")
class FidelityView extends VerticalLayout implements HasDynamicTitle {

    private final FidelityService service;

    FidelityView(FidelityService service) {
        this.service = service;
        addClassName("fidelity-view");
        Paragraph intro = new Paragraph(getTranslation("fidelity.intro"));
        intro.addClassName("report-note");
        add(intro);
        if (service.canCreate()) {
            Anchor back = new Anchor("reports", getTranslation("fidelity.backToReports"));
            Button create = new Button(getTranslation("fidelity.new"), VaadinIcon.PLUS.create(), e -> newReview());
            create.addThemeVariants(ButtonVariant.PRIMARY);
            create.setId("new-review");
            add(back, create);
        }
        List<ReviewRow> rows = service.reviews(getLocale());
        if (rows.isEmpty()) {
            add(new Paragraph(getTranslation(service.canCreate() ? "fidelity.none" : "fidelity.noneReviewer")));
            return;
        }
        List<TrendPoint> trend = service.trend(getLocale());
        if (!trend.isEmpty()) {
            add(trendChart(trend));
        }
        Grid<ReviewRow> grid = new Grid<>();
        grid.setId("review-grid");
        grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
        grid.addComponentColumn(r -> new Anchor("reports/fidelity/" + r.id(), Formats.date(r.reviewedOn())))
                .setHeader(getTranslation("fidelity.date")).setAutoWidth(true);
        grid.addColumn(ReviewRow::serviceName).setHeader(getTranslation("fidelity.service")).setFlexGrow(2);
        var instrumentColumn = grid.addColumn(ReviewRow::instrumentName).setHeader(getTranslation("fidelity.instrument")).setFlexGrow(2);
        var totalColumn = grid.addColumn(r -> r.totals().stream().map(this::total).collect(Collectors.joining("; ")))
                .setHeader(getTranslation("fidelity.total")).setFlexGrow(2);
        grid.addComponentColumn(r -> {
            Span s = new Span(getTranslation("fidelity.state." + r.state().name()));
            s.addClassName(r.state().name().equals("FINAL") ? "badge-ok" : "badge-neutral");
            return s;
        }).setHeader(getTranslation("fidelity.state")).setAutoWidth(true);
        PhoneColumns.hide(grid, instrumentColumn, totalColumn); // a phone: date, service, state
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        add(grid);
    }

    private String total(SubscaleTotal t) {
        String s = (t.complete() ? "" : getTranslation("fidelity.partial") + " ") + t.total() + " / " + t.max();
        if (t.band() != null) {
            s += " · " + t.band();
        }
        return t.name() + ": " + s;
    }

    private Div trendChart(List<TrendPoint> trend) {
        Map<String, List<TrendPoint>> byService = trend.stream().collect(Collectors.groupingBy(
                p -> p.serviceName() + " (" + p.instrumentCode() + ")", LinkedHashMap::new, Collectors.toList()));
        List<LineChart> panels = new ArrayList<>();
        for (var e : byService.entrySet()) {
            Map<String, List<LineChart.Point>> series = new LinkedHashMap<>();
            for (TrendPoint p : e.getValue()) {
                series.computeIfAbsent(p.subscaleName(), k -> new ArrayList<>())
                        .add(new LineChart.Point(p.reviewedOn(), p.total()));
            }
            double max = e.getValue().stream().mapToInt(TrendPoint::total).max().orElse(125);
            List<LineChart.Series> lines = new ArrayList<>();
            int i = 0;
            for (var s : series.entrySet()) {
                lines.add(new LineChart.Series(s.getKey(), i++ > 0, s.getValue()));
            }
            panels.add(new LineChart(e.getKey(), getTranslation("fidelity.points"), 0, Math.max(125, max), lines));
        }
        String svg = ChartRenderer.toSvg(panels, 2, 480, 300, getLocale());
        Image img = new Image(ChartRenderer.svgDataUrl(svg), getTranslation("fidelity.trend"));
        img.setId("fidelity-trend");
        img.addClassName("report-chart");
        Div wrap = new Div(new H3(getTranslation("fidelity.trend")), img);
        wrap.addClassName("report-section");
        return wrap;
    }

    private void newReview() {
        Dialog dialog = new Dialog(getTranslation("fidelity.new"));
        dialog.setWidth("min(40rem, 100vw)");
        ComboBox<FidelityInstrument> instrument = new ComboBox<>(getTranslation("fidelity.instrument"));
        List<FidelityInstrument> instruments = service.currentInstruments();
        instrument.setItems(instruments);
        instrument.setItemLabelGenerator(i -> i.getName().in(getLocale()) + " (v" + i.getInstrumentVersion() + ")");
        instrument.setId("new-instrument");
        if (!instruments.isEmpty()) {
            instrument.setValue(instruments.get(0));
        }
        TextField serviceName = new TextField(getTranslation("fidelity.service"));
        serviceName.setHelperText(getTranslation("fidelity.serviceHelp"));
        serviceName.setMaxLength(200);
        serviceName.setId("new-service");
        DatePicker date = Formats.datePicker(getTranslation("fidelity.date"));
        date.setValue(Time.today());
        date.setId("new-date");
        MultiSelectComboBox<Reviewer> reviewers = new MultiSelectComboBox<>(getTranslation("fidelity.reviewers"));
        reviewers.setItems(service.reviewerCandidates());
        reviewers.setItemLabelGenerator(Reviewer::name);
        reviewers.setId("new-reviewers");
        TextField external = new TextField(getTranslation("fidelity.externalReviewers"));
        external.setMaxLength(500);
        external.setHelperText(getTranslation("fidelity.externalHelp"));
        Binder<Object> binder = new Binder<>();
        binder.forField(instrument).asRequired(getTranslation("validation.required")).bind(o -> null, (o, v) -> { });
        binder.forField(serviceName).asRequired(getTranslation("validation.required")).bind(o -> null, (o, v) -> { });
        binder.forField(date).asRequired(getTranslation("validation.required")).bind(o -> null, (o, v) -> { });
        FormLayout form = new FormLayout(instrument, serviceName, date, reviewers, external);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        dialog.add(form);
        Button save = new Button(getTranslation("fidelity.create"), e -> {
            if (!binder.validate().isOk()) {
                return;
            }
            try {
                Long id = service.create(new NewReview(instrument.getValue().getId(), serviceName.getValue(),
                        date.getValue(), reviewers.getValue().stream().map(Reviewer::id)
                        .collect(Collectors.toCollection(HashSet::new)), external.getValue()));
                dialog.close();
                getUI().ifPresent(ui -> ui.navigate("reports/fidelity/" + id));
            } catch (RuntimeException ex) {
                if (!Notifications.saveFailed(this, ex)) {
                    throw ex;
                }
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("create-review");
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), c -> dialog.close()), save);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("fidelity.nav");
    }
}
