package fi.taitoura.base.chart;

import fi.taitoura.base.time.Time;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.SimpleDateFormat;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.time.Day;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;
import org.jfree.svg.SVGGraphics2D;

/**
 * Draws charts on the server with JFreeChart: as SVG for the screen, as PNG for documents, or onto any
 * {@link Graphics2D} (e.g. a PDF's vector graphics). One renderer, so the screen and the printed summary show
 * the same picture. Several charts are laid out as a grid of panels ("small multiples").
 */
public final class ChartRenderer {

    /** Line colours, in order of the series; chosen for contrast on white and for colour-blind readers. */
    private static final Color[] PALETTE = {new Color(0x0b5c63), new Color(0xb34700), new Color(0x5b3f99),
            new Color(0x2e6b1f), new Color(0x9c2752), new Color(0x1f4e99)};
    /**
     * The house font: Liberation Sans, the font the documents embed (openpdf-fonts-extra), loaded from the class path
     * so a chart looks the same on any server, on screen and in print. Its widths match Arial's, so an SVG shown where
     * the font is not installed keeps its layout with the fallbacks of {@link #SVG_FONT_FAMILY}.
     */
    private static final Font REGULAR = load("liberation/LiberationSans-Regular.ttf");
    private static final Font BOLD = load("liberation/LiberationSans-Bold.ttf");
    private static final String SVG_FONT_FAMILY = "\"Liberation Sans\", Arimo, Arial, Helvetica, sans-serif";
    /** Readable sizes (px at the chart's drawing size): ticks and labels, legend, title. */
    private static final float TEXT = 12f;
    private static final float TITLE = 14f;
    private static final ZoneId ZONE = Time.zone();

    private ChartRenderer() {
    }

    private static Font load(String resource) {
        try (java.io.InputStream in = ChartRenderer.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Font " + resource + " missing: is openpdf-fonts-extra on the class path?");
            }
            Font font = Font.createFont(Font.TRUETYPE_FONT, in);
            java.awt.GraphicsEnvironment.getLocalGraphicsEnvironment().registerFont(font);
            return font;
        } catch (java.awt.FontFormatException | IOException e) {
            throw new IllegalStateException("Font " + resource + " unreadable", e);
        }
    }

    private static Font font(float size) {
        return REGULAR.deriveFont(size);
    }

    /** An SVG canvas whose text names the house font with fallbacks a browser without it can use. */
    public static SVGGraphics2D svgCanvas(int width, int height) {
        return svg(width, height);
    }

    private static SVGGraphics2D svg(int width, int height) {
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        g.setFontFunction(family -> family.startsWith("Liberation Sans") ? SVG_FONT_FAMILY : family);
        return g;
    }

    /** The chart as a JFreeChart object, for callers that draw it themselves. */
    public static JFreeChart build(LineChart spec, Locale locale) {
        TimeSeriesCollection dataset = new TimeSeriesCollection();
        for (LineChart.Series s : spec.series()) {
            TimeSeries ts = new TimeSeries(s.name());
            for (LineChart.Point p : s.points()) {
                ts.addOrUpdate(new Day(p.date().getDayOfMonth(), p.date().getMonthValue(), p.date().getYear()),
                        p.value());
            }
            dataset.addSeries(ts);
        }
        DateAxis dateAxis = new DateAxis();
        SimpleDateFormat format = new SimpleDateFormat("d.M.yy", locale);
        format.setTimeZone(java.util.TimeZone.getTimeZone(ZONE));
        dateAxis.setTimeZone(java.util.TimeZone.getTimeZone(ZONE));
        dateAxis.setDateFormatOverride(format);
        dateAxis.setTickLabelFont(font(TEXT));
        spec.series().stream().flatMap(s -> s.points().stream()).map(LineChart.Point::date)
                .min(java.util.Comparator.naturalOrder()).ifPresent(first -> {
                    java.time.LocalDate last = spec.series().stream().flatMap(s -> s.points().stream())
                            .map(LineChart.Point::date).max(java.util.Comparator.naturalOrder()).orElse(first);
                    long pad = Math.max(7, java.time.temporal.ChronoUnit.DAYS.between(first, last) / 12);
                    dateAxis.setRange(java.util.Date.from(first.minusDays(pad).atStartOfDay(ZONE).toInstant()),
                            java.util.Date.from(last.plusDays(pad).atStartOfDay(ZONE).toInstant()));
                });
        NumberAxis valueAxis = new NumberAxis(spec.valueLabel());
        valueAxis.setRange(spec.min() - 0.3, spec.max() + 0.3);
        valueAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        valueAxis.setTickLabelFont(font(TEXT));
        valueAxis.setLabelFont(font(TEXT));

        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        for (int i = 0; i < spec.series().size(); i++) {
            LineChart.Series s = spec.series().get(i);
            renderer.setSeriesPaint(i, PALETTE[i % PALETTE.length]);
            renderer.setSeriesStroke(i, s.dashed()
                    ? new BasicStroke(2.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f, new float[] {6f, 4f}, 0f)
                    : new BasicStroke(2.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            renderer.setSeriesShape(i, s.dashed() ? new Rectangle2D.Double(-4, -4, 8, 8)
                    : new Ellipse2D.Double(-4.5, -4.5, 9, 9));
        }
        XYPlot plot = new XYPlot(dataset, dateAxis, valueAxis, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xd0d0d0));
        plot.setDomainGridlinesVisible(false);
        plot.setOutlineVisible(false);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);

        JFreeChart chart = new JFreeChart(null, BOLD.deriveFont(TITLE), plot, true);
        TextTitle title = new TextTitle(spec.title(), BOLD.deriveFont(TITLE));
        title.setPaint(new Color(0x1a1a1a));
        chart.setTitle(title);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        LegendTitle legend = chart.getLegend();
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setFrame(BlockBorder.NONE);
        legend.setItemFont(font(TEXT));
        // room on the right for the last date tick's label, which is centred on the axis end
        chart.setPadding(new RectangleInsets(2, 2, 2, 16));
        return chart;
    }

    /** Draws the panels in a grid of {@code columns} columns onto the graphics, starting at its origin. */
    public static void draw(Graphics2D g, List<LineChart> panels, int columns, int panelWidth, int panelHeight,
                            Locale locale) {
        int cols = Math.max(1, Math.min(columns, panels.size()));
        for (int i = 0; i < panels.size(); i++) {
            int x = (i % cols) * panelWidth;
            int y = (i / cols) * panelHeight;
            build(panels.get(i), locale).draw(g, new Rectangle(x, y, panelWidth, panelHeight));
        }
    }

    /** Total size of a grid of panels: {width, height}. */
    public static int[] size(int panelCount, int columns, int panelWidth, int panelHeight) {
        int cols = Math.max(1, Math.min(columns, Math.max(panelCount, 1)));
        int rows = Math.max(1, (panelCount + cols - 1) / cols);
        return new int[] {cols * panelWidth, rows * panelHeight};
    }

    /** The panels as one SVG document (text stays text, so it scales and can be searched). */
    public static String toSvg(List<LineChart> panels, int columns, int panelWidth, int panelHeight, Locale locale) {
        // a chart is a pure function of its specification (records: compared by value), so the same chart is drawn
        // once: a ledger or a summary opened again, by the same or another user, reuses the picture (issue 18)
        return SVG_CACHE.get(new SvgKey(List.copyOf(panels), columns, panelWidth, panelHeight, locale),
                k -> drawSvg(k.panels(), k.columns(), k.panelWidth(), k.panelHeight(), k.locale()));
    }

    /** What a line chart's SVG depends on (the zone is fixed for the installation). */
    private record SvgKey(List<LineChart> panels, int columns, int panelWidth, int panelHeight, Locale locale) {
    }

    /**
     * Drawn SVG documents, at most about 8 MB of text (a chart is some 10-30 KB): no personal data beyond what
     * the chart shows (titles, dates and counts), kept only in this node's memory.
     */
    private static final com.github.benmanes.caffeine.cache.Cache<SvgKey, String> SVG_CACHE =
            com.github.benmanes.caffeine.cache.Caffeine.newBuilder().maximumWeight(8_000_000)
                    .<SvgKey, String>weigher((k, v) -> v.length()).expireAfterAccess(java.time.Duration.ofHours(1))
                    .build();

    private static String drawSvg(List<LineChart> panels, int columns, int panelWidth, int panelHeight,
                                  Locale locale) {
        int[] size = size(panels.size(), columns, panelWidth, panelHeight);
        SVGGraphics2D g = svg(size[0], size[1]);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setPaint(Color.WHITE);
        g.fillRect(0, 0, size[0], size[1]);
        draw(g, panels, columns, panelWidth, panelHeight, locale);
        return g.getSVGDocument();
    }

    /** The panels as a PNG image; {@code scale} 2 gives print resolution. */
    public static byte[] toPng(List<LineChart> panels, int columns, int panelWidth, int panelHeight, double scale,
                               Locale locale) {
        int[] size = size(panels.size(), columns, panelWidth, panelHeight);
        BufferedImage image = new BufferedImage((int) Math.round(size[0] * scale), (int) Math.round(size[1] * scale),
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setPaint(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.scale(scale, scale);
            draw(g, panels, columns, panelWidth, panelHeight, locale);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A bar chart as a JFreeChart object: one colour per series from the same palette, values at the bars. */
    public static JFreeChart build(BarChart spec, Locale locale) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (BarChart.Series s : spec.series()) {
            for (int i = 0; i < spec.categories().size(); i++) {
                Number v = s.values().get(i);
                dataset.addValue(v == null ? null : v.doubleValue(), s.name(), spec.categories().get(i));
            }
        }
        CategoryAxis categoryAxis = new CategoryAxis();
        categoryAxis.setTickLabelFont(font(TEXT));
        categoryAxis.setMaximumCategoryLabelLines(3);
        categoryAxis.setCategoryMargin(0.15);
        if (!spec.horizontal() && spec.categories().size() > 6) {
            categoryAxis.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        NumberAxis valueAxis = new NumberAxis(spec.valueLabel());
        valueAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        valueAxis.setTickLabelFont(font(TEXT));
        valueAxis.setLabelFont(font(TEXT));
        valueAxis.setUpperMargin(0.12);
        valueAxis.setNumberFormatOverride(java.text.NumberFormat.getNumberInstance(locale));
        BarRenderer renderer = new BarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setItemMargin(0.05);
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}",
                java.text.NumberFormat.getNumberInstance(locale)));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(font(TEXT));
        if (spec.horizontal()) {
            renderer.setDefaultPositiveItemLabelPosition(new org.jfree.chart.labels.ItemLabelPosition(
                    org.jfree.chart.labels.ItemLabelAnchor.OUTSIDE3, org.jfree.chart.ui.TextAnchor.CENTER_LEFT));
            renderer.setItemLabelAnchorOffset(4);
        }
        for (int i = 0; i < spec.series().size(); i++) {
            renderer.setSeriesPaint(i, PALETTE[i % PALETTE.length]);
        }
        CategoryPlot plot = new CategoryPlot(dataset, categoryAxis, valueAxis, renderer);
        plot.setOrientation(spec.horizontal() ? PlotOrientation.HORIZONTAL : PlotOrientation.VERTICAL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xd0d0d0));
        plot.setOutlineVisible(false);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        JFreeChart chart = new JFreeChart(null, BOLD.deriveFont(TITLE), plot, spec.series().size() > 1);
        TextTitle title = new TextTitle(spec.title(), BOLD.deriveFont(TITLE));
        title.setPaint(new Color(0x1a1a1a));
        chart.setTitle(title);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setPosition(RectangleEdge.BOTTOM);
            legend.setFrame(BlockBorder.NONE);
            legend.setItemFont(font(TEXT));
        }
        return chart;
    }

    /** A bar chart as one SVG document (text stays text). */
    public static String toSvg(BarChart spec, int width, int height, Locale locale) {
        SVGGraphics2D g = svg(width, height);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setPaint(Color.WHITE);
        g.fillRect(0, 0, width, height);
        build(spec, locale).draw(g, new Rectangle(0, 0, width, height));
        return g.getSVGDocument();
    }

    /** An SVG document as a data URL for an {@code <img>} element. */
    public static String svgDataUrl(String svg) {
        return "data:image/svg+xml;base64,"
                + java.util.Base64.getEncoder().encodeToString(svg.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
