package fi.taitoura.base.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class ChartRendererTest {

    private static final LocalDate D1 = LocalDate.of(2026, 1, 12);
    private static final LocalDate D2 = LocalDate.of(2026, 3, 2);
    private static final LocalDate D3 = LocalDate.of(2026, 5, 25);

    private static List<LineChart> panels() {
        LineChart attendance = new LineChart("Läsnäolo ja täsmällisyys", "", 1, 5, List.of(
                new LineChart.Series("Valmentajan arvio", false, List.of(
                        new LineChart.Point(D1, 2), new LineChart.Point(D2, 3), new LineChart.Point(D3, 4.5))),
                new LineChart.Series("Itsearvio", true, List.of(
                        new LineChart.Point(D1, 4), new LineChart.Point(D3, 5)))));
        LineChart endurance = new LineChart("Fyysinen jaksaminen", "", 1, 5, List.of(
                new LineChart.Series("Valmentajan arvio", false, List.of(new LineChart.Point(D1, 1))),
                new LineChart.Series("Itsearvio", true, List.of())));
        return List.of(attendance, endurance);
    }

    @Test
    void svgContainsEveryPanelTitleAndSeriesNameAsText() {
        String svg = ChartRenderer.toSvg(panels(), 2, 360, 240, Locale.of("fi"));
        assertThat(svg).startsWith("<?xml").contains("<svg").contains("</svg>");
        assertThat(svg).contains("Läsnäolo ja täsmällisyys", "Fyysinen jaksaminen", "Valmentajan arvio",
                "Itsearvio");
        assertThat(svg).contains("width='720.0'").contains("height='240.0'");
        // The dashed self-assessment line is drawn with a dash pattern.
        assertThat(svg).contains("stroke-dasharray");
        // Date ticks are shown in Finnish short form.
        assertThat(svg).containsPattern("\\d{1,2}\\.\\d{1,2}\\.26");
        assertThat(ChartRenderer.svgDataUrl(svg)).startsWith("data:image/svg+xml;base64,");
    }

    /** Issue 18: a chart is drawn once per specification; changed data, title or language is drawn anew. */
    @Test
    void theSameChartIsDrawnOnceAndAChangedOneAnew() {
        String first = ChartRenderer.toSvg(panels(), 2, 360, 240, Locale.of("fi"));
        assertThat(ChartRenderer.toSvg(panels(), 2, 360, 240, Locale.of("fi"))).isSameAs(first);

        List<LineChart> changed = List.of(new LineChart("Täsmällisyys", "", 1, 5, List.of(
                new LineChart.Series("Valmentajan arvio", false, List.of(new LineChart.Point(D1, 2),
                        new LineChart.Point(D2, 3), new LineChart.Point(D3, 1))))), panels().get(1));
        String redrawn = ChartRenderer.toSvg(changed, 2, 360, 240, Locale.of("fi"));
        assertThat(redrawn).contains("Täsmällisyys").doesNotContain("Läsnäolo ja täsmällisyys");
        String swedish = ChartRenderer.toSvg(panels(), 2, 360, 240, Locale.of("sv"));
        assertThat(swedish).isNotSameAs(first);
        assertThat(ChartRenderer.toSvg(panels(), 1, 360, 240, Locale.of("fi"))).contains("height='480.0'");
    }

    /** Issue 13: the house font with fallbacks, at readable sizes, and an SVG a browser can parse (well-formed XML). */
    @Test
    void svgTextIsInTheHouseFontAtReadableSizesAndWellFormed() throws Exception {
        String svg = ChartRenderer.toSvg(panels(), 2, 360, 240, Locale.of("fi"));
        assertThat(svg).contains("font-family: \"Liberation Sans\", Arimo, Arial, Helvetica, sans-serif")
                .contains("font-size: 12px").contains("font-size: 14px").doesNotContain("font-size: 10px");
        javax.xml.parsers.DocumentBuilderFactory factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(
                java.nio.charset.StandardCharsets.UTF_8)));
        String bars = ChartRenderer.toSvg(new BarChart("Kuormitus", "Valmentautujia", true, List.of("A", "B"),
                List.of(new BarChart.Series("Aktiiviset", List.of(3, 5)))), 600, 200, Locale.of("fi"));
        factory.newDocumentBuilder().parse(new ByteArrayInputStream(bars.getBytes(
                java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(bars).contains("Liberation Sans").doesNotContain("font-size: 10px");
    }

    @Test
    void pngHasTheGridSizeTimesTheScale() throws IOException {
        byte[] png = ChartRenderer.toPng(panels(), 1, 300, 200, 2.0, Locale.of("fi"));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(600);
        assertThat(image.getHeight()).isEqualTo(800);
        // Something other than the white background was drawn.
        boolean drawn = false;
        for (int x = 0; x < image.getWidth() && !drawn; x += 3) {
            for (int y = 0; y < image.getHeight() && !drawn; y += 3) {
                drawn = (image.getRGB(x, y) & 0xffffff) != 0xffffff;
            }
        }
        assertThat(drawn).isTrue();
    }

    @Test
    void gridSizeFollowsPanelCountAndColumns() {
        assertThat(ChartRenderer.size(7, 3, 100, 50)).containsExactly(300, 150);
        assertThat(ChartRenderer.size(1, 3, 100, 50)).containsExactly(100, 50);
        assertThat(ChartRenderer.size(0, 3, 100, 50)).containsExactly(100, 50);
    }
}
