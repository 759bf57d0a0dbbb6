package fi.taitoura.summary.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import fi.taitoura.base.chart.ChartRenderer;
import fi.taitoura.base.chart.LineChart;
import fi.taitoura.base.ui.Formats;
import fi.taitoura.summary.SummaryData;
import fi.taitoura.summary.SummaryPdf;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** The prefilled (or frozen) data of a summary, as the PDF shows it. */
class SummaryDataPanel extends VerticalLayout {

    SummaryDataPanel(SummaryData d) {
        setPadding(false);
        addClassName("summary-data");
        Locale locale = getLocale();
        add(new H3(getTranslation("summary.section.attendance")), new Paragraph(getTranslation("summary.attendanceLine",
                d.attendance().present(), d.attendance().planned(), d.attendance().absent(), d.attendance().sick(),
                d.attendance().other(), d.attendance().present() + d.attendance().absent() + d.attendance().sick()
                        + d.attendance().other())));
        add(new H3(getTranslation("summary.section.tasks")));
        add(d.tasks().isEmpty() ? new Paragraph(getTranslation("summary.none")) : grid(d.tasks(),
                List.of(getTranslation("summary.difficulty"), getTranslation("summary.differentTasks"),
                        getTranslation("summary.times")),
                List.of(l -> l.level() + " – " + getTranslation("enum.TaskDifficulty." + l.difficulty()),
                        l -> String.valueOf(l.tasks()), l -> String.valueOf(l.times()))));
        add(new H3(getTranslation("summary.section.competence")));
        add(d.competence().isEmpty() ? new Paragraph(getTranslation("summary.none")) : grid(d.competence(),
                List.of(getTranslation("summary.unit"), getTranslation("summary.shown"),
                        getTranslation("summary.independently"), getTranslation("summary.readiness")),
                List.of(u -> u.code() + " " + u.name().in(locale), u -> u.shown() + " / " + u.total(),
                        u -> u.independent() + " / " + u.total(),
                        u -> u.ready() ? getTranslation("ledger.ready") : "–")));
        if (!d.demonstrations().isEmpty()) {
            add(new H4(getTranslation("summary.section.demonstrations")), grid(d.demonstrations(),
                    List.of(getTranslation("summary.unit"), getTranslation("summary.date"),
                            getTranslation("summary.grade")),
                    List.of(x -> x.unitCode() + " " + x.unitName().in(locale), x -> Formats.date(x.date()),
                            SummaryData.DemonstrationLine::grade)));
        }
        add(new H3(getTranslation("summary.section.cards")));
        add(d.cards().isEmpty() ? new Paragraph(getTranslation("summary.none")) : grid(d.cards(),
                List.of(getTranslation("card.type"), getTranslation("card.issuedOn"), getTranslation("card.expiresOn")),
                List.of(fi.taitoura.document.DocumentCard::name, c -> Formats.date(c.issued()),
                        c -> c.expires() == null ? getTranslation("card.noExpiry") : Formats.date(c.expires()))));
        add(new H3(getTranslation("goal.title")));
        add(d.goals().isEmpty() ? new Paragraph(getTranslation("summary.none")) : grid(d.goals(),
                List.of(getTranslation("goal.description"), getTranslation("goal.support"),
                        getTranslation("goal.outcome")),
                List.of(SummaryData.GoalLine::description, g -> g.support() == null ? "" : g.support(),
                        g -> g.outcome() == null ? getTranslation("goal.inProgress")
                                : getTranslation("enum.GoalOutcome." + g.outcome()))));
        add(new H3(getTranslation("summary.section.capacity")));
        if (d.capacity().isEmpty()) {
            add(new Paragraph(getTranslation("summary.noCapacity")));
        }
        for (SummaryData.CapacityInstrument instrument : d.capacity()) {
            add(new H4(instrument.name().in(locale)));
            List<LineChart> panels = instrument.domains().stream().map(dm -> new LineChart(dm.name().in(locale), "",
                    instrument.min(), instrument.max(), List.of(
                    new LineChart.Series(getTranslation("summary.coachRating"), false, dm.coach().stream()
                            .map(p -> new LineChart.Point(p.date(), p.value())).toList()),
                    new LineChart.Series(getTranslation("summary.selfRating"), true, dm.self().stream()
                            .map(p -> new LineChart.Point(p.date(), p.value())).toList())))).toList();
            // One image per domain, so that they wrap to the screen's width and keep a readable text size on a phone
            // (one 760 px grid shrank to half on a 390 px screen; issue 13).
            com.vaadin.flow.component.html.Div charts = new com.vaadin.flow.component.html.Div();
            charts.addClassName("summary-charts");
            for (LineChart panel : panels) {
                Image chart = new Image(ChartRenderer.svgDataUrl(ChartRenderer.toSvg(List.of(panel), 1, 380, 220,
                        locale)), instrument.name().in(locale) + ": " + panel.title());
                chart.addClassName("summary-chart");
                charts.add(chart);
            }
            add(charts);
            add(grid(instrument.domains(), List.of(getTranslation("summary.domain"),
                            getTranslation("summary.coachRating"), getTranslation("summary.selfRating")),
                    List.of(dm -> dm.name().in(locale), dm -> SummaryPdf.change(dm.coachStart(), dm.coachEnd(), locale),
                            dm -> SummaryPdf.change(dm.selfStart(), dm.selfEnd(), locale))));
        }
    }

    private static <T> Grid<T> grid(List<T> items, List<String> headers, List<Function<T, String>> columns) {
        Grid<T> grid = new Grid<>();
        for (int i = 0; i < headers.size(); i++) {
            Function<T, String> f = columns.get(i);
            grid.addColumn(f::apply).setHeader(headers.get(i)).setAutoWidth(i > 0).setFlexGrow(i == 0 ? 3 : 1);
        }
        grid.setItems(items);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.WRAP_CELL_CONTENT);
        // a phone or an upright tablet: the columns share the width (they scrolled sideways at 390 px)
        fi.taitoura.base.ui.PhoneColumns.hide(grid);
        return grid;
    }
}
