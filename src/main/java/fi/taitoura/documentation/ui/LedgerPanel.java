package fi.taitoura.documentation.ui;

import fi.taitoura.base.ui.PhoneColumns;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import fi.taitoura.base.chart.ChartRenderer;
import fi.taitoura.base.chart.LineChart;
import fi.taitoura.base.i18n.TranslationProvider;
import fi.taitoura.base.ui.Formats;
import fi.taitoura.documentation.DocumentationService;
import fi.taitoura.documentation.IndependenceLevel;
import fi.taitoura.documentation.LedgerExtension;
import fi.taitoura.documentation.LedgerRecords.GrowthPoint;
import fi.taitoura.documentation.LedgerRecords.Ledger;
import fi.taitoura.documentation.LedgerRecords.RequirementLedger;
import fi.taitoura.documentation.LedgerRecords.UnitLedger;
import java.util.List;
import java.util.Set;

/** The competence ledger of a period: per unit, coverage and each requirement's record, and a growth chart. */
class LedgerPanel extends VerticalLayout {

    private final List<LedgerExtension.ForPeriod> extensions;

    LedgerPanel(DocumentationService service, TranslationProvider translations, List<LedgerExtension> extensions,
                Long periodId) {
        setPadding(false);
        addClassName("ledger");
        Ledger ledger = service.ledger(periodId);
        this.extensions = extensions.stream().map(e -> e.forPeriod(periodId)).toList();
        var counts = service.attendanceCounts(periodId);
        add(new Paragraph(getTranslation("ledger.attendance", counts.present(), counts.absent(), counts.sick(),
                counts.other())));
        if (ledger.units().isEmpty() || ledger.growth().isEmpty()) {
            add(new Paragraph(getTranslation("ledger.none")));
        }
        if (!ledger.growth().isEmpty()) {
            add(growthChart(ledger.growth()));
        }
        for (UnitLedger unit : ledger.units()) {
            add(unitBox(unit, translations));
        }
    }

    private Div growthChart(List<GrowthPoint> growth) {
        double max = growth.stream().mapToInt(GrowthPoint::shown).max().orElse(1);
        LineChart chart = new LineChart(getTranslation("ledger.growth"), getTranslation("ledger.growthShown"), 0,
                Math.max(1, max), List.of(
                new LineChart.Series(getTranslation("ledger.growthShown"), false,
                        growth.stream().map(g -> new LineChart.Point(g.weekStart(), g.shown())).toList()),
                new LineChart.Series(getTranslation("ledger.growthIndependent"), true,
                        growth.stream().map(g -> new LineChart.Point(g.weekStart(), g.independent())).toList())));
        String svg = ChartRenderer.toSvg(List.of(chart), 1, 640, 260, getLocale());
        Image image = new Image(ChartRenderer.svgDataUrl(svg), getTranslation("ledger.growth"));
        image.setId("ledger-chart");
        Div box = new Div(image);
        box.addClassName("ledger-chart");
        return box;
    }

    private Div unitBox(UnitLedger unit, TranslationProvider translations) {
        Div box = new Div();
        box.addClassName("ledger-unit");
        H4 title = new H4(unit.code() + " " + unit.name().in(getLocale()));
        Span qualification = new Span(unit.qualification().in(getLocale()));
        qualification.addClassName("ledger-qualification");
        box.add(title, qualification);

        ProgressBar shown = new ProgressBar(0, 100, unit.coveragePercent());
        shown.getElement().setAttribute("aria-label", getTranslation("ledger.coverage", unit.coveragePercent()));
        ProgressBar independent = new ProgressBar(0, 100, unit.independentPercent());
        independent.getElement().setAttribute("aria-label", getTranslation("ledger.independent", unit.independentPercent()));
        Div bars = new Div(new Span(getTranslation("ledger.coverage", unit.coveragePercent())), shown,
                new Span(getTranslation("ledger.independent", unit.independentPercent())), independent);
        bars.addClassName("ledger-bars");
        if (unit.ready()) {
            Span ready = new Span(getTranslation("ledger.ready"));
            ready.addClassName("badge-ok");
            ready.addClassName("ledger-ready");
            bars.add(ready);
        }
        extensions.forEach(e -> e.unitActions(unit).forEach(bars::add));
        if (unit.target()) {
            Span target = new Span(getTranslation("ledger.target"));
            target.addClassName("badge-neutral");
            bars.add(target);
        }
        box.add(bars, new Paragraph(getTranslation("ledger.counts", unit.shown(), unit.total(),
                unit.shownIndependently())));

        Grid<RequirementLedger> grid = new Grid<>();
        grid.addColumn(r -> r.text().in(getLocale())).setHeader(getTranslation("ledger.requirement"))
                .setFlexGrow(3).setTooltipGenerator(r -> r.text().in(getLocale()));
        Grid.Column<RequirementLedger> dates = grid.addColumn(r -> r.shown() ? Formats.date(r.first()) + " – "
                + Formats.date(r.last()) : getTranslation("ledger.notShown")).setHeader(getTranslation("ledger.dates"))
                .setAutoWidth(true);
        Grid.Column<RequirementLedger> count = grid.addColumn(RequirementLedger::count)
                .setHeader(getTranslation("ledger.count")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(r -> {
            Span level = new Span(r.highest() == null ? "–" : translations.enumLabel(r.highest(), getLocale()));
            if (r.highest() == IndependenceLevel.INDEPENDENT) {
                level.addClassName("badge-ok");
            } else if (r.highest() != null) {
                level.addClassName("badge-neutral");
            }
            return level;
        }).setHeader(getTranslation("ledger.highest")).setAutoWidth(true);
        Grid.Column<RequirementLedger> tasks = grid.addColumn(r -> String.join(", ", r.tasks()))
                .setHeader(getTranslation("ledger.tasks")).setFlexGrow(2);
        // a phone: the requirement and how independently; five columns cut every header to "K…" (the tour)
        PhoneColumns.hide(grid, dates, count, tasks);
        grid.setItems(unit.requirements());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation("ledger.title") + " " + unit.code());
        box.add(grid);
        return box;
    }
}
