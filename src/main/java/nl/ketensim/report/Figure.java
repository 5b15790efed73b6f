package nl.ketensim.report;

import org.jfree.chart.JFreeChart;

/**
 * A chart ready to be written and cited.
 *
 * @param name    file name without extension, e.g. {@code basisvoorwaarden}; the chart is written as
 *                {@code charts/<name>.png} and {@code charts/<name>.svg}
 * @param title   the chart's title
 * @param series  the names of its series as shown in the legend or on the axis (for tests and alt text)
 * @param caption the caption under the figure in the report
 * @param chart   the chart
 */
public record Figure(String name, String title, java.util.List<String> series, String caption, JFreeChart chart) {

    public Figure {
        series = java.util.List.copyOf(series);
    }
}
