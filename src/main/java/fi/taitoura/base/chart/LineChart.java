package fi.taitoura.base.chart;

import java.time.LocalDate;
import java.util.List;

/**
 * A small line chart over dates: a title, the value axis range and its series. What the renderer draws, for the
 * screen and for documents alike.
 *
 * @param title      shown above the chart (e.g. a domain's name)
 * @param valueLabel label of the value axis, may be empty
 * @param min        lower end of the value axis
 * @param max        upper end of the value axis
 * @param series     the lines; a series with {@code dashed} draws a dashed line with square markers
 */
public record LineChart(String title, String valueLabel, double min, double max, List<Series> series) {

    public record Series(String name, boolean dashed, List<Point> points) {
    }

    public record Point(LocalDate date, double value) {
    }
}
