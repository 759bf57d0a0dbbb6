package fi.taitoura.base.chart;

import java.util.List;

/**
 * A bar chart over categories (e.g. coaches, outcome categories): a title, the categories in order and one or more
 * series of values, one value per category. What the renderer draws, for the screen and for documents alike.
 *
 * @param title      shown above the chart
 * @param valueLabel label of the value axis, may be empty
 * @param horizontal bars from the left (long category labels) instead of from the bottom
 * @param categories the category labels, in order
 * @param series     the series; each has exactly one value per category
 */
public record BarChart(String title, String valueLabel, boolean horizontal, List<String> categories,
                       List<Series> series) {

    public BarChart {
        for (Series s : series) {
            if (s.values().size() != categories.size()) {
                throw new IllegalArgumentException("Series " + s.name() + " has " + s.values().size()
                        + " values for " + categories.size() + " categories");
            }
        }
    }

    public record Series(String name, List<? extends Number> values) {
    }
}
