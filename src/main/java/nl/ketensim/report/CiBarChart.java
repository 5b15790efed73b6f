package nl.ketensim.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import nl.ketensim.domain.Language;
import nl.ketensim.stats.IntervalEstimate;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.category.StatisticalBarRenderer;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;

/**
 * Bars with 95% confidence-interval error bars. The intervals in result files are Student-t
 * intervals, symmetric about the mean, so each is drawn as mean ± half its width; a value without
 * interval (one replication) is drawn without error bar.
 */
final class CiBarChart {

    private final DefaultStatisticalCategoryDataset dataset = new DefaultStatisticalCategoryDataset();
    private final List<String> series = new ArrayList<>();
    private double scale = 1;

    /** Multiplies every value, e.g. 100 to show shares as percentage points. */
    CiBarChart scale(double factor) {
        this.scale = factor;
        return this;
    }

    /** Adds one bar; NaN means not measured and leaves an empty slot. */
    CiBarChart add(String seriesName, String category, IntervalEstimate e) {
        if (!series.contains(seriesName)) {
            series.add(seriesName);
        }
        Double mean = Double.isNaN(e.mean()) ? null : e.mean() * scale;
        Double half = e.hasInterval() ? Math.abs(e.halfWidth() * scale) : null;
        dataset.add(mean, half, seriesName, category);
        return this;
    }

    List<String> series() {
        return List.copyOf(series);
    }

    boolean isEmpty() {
        return dataset.getRowCount() == 0;
    }

    /**
     * A chart of shares (0..1), bars coloured by series: {@link #build}, with the value axis in percent,
     * in the house style with the note on the intervals.
     */
    JFreeChart buildShares(String title, String categoryLabel, String valueLabel, PlotOrientation orientation,
                           Results r, Language l) {
        JFreeChart chart = build(title, categoryLabel, valueLabel, orientation, null);
        ChartStyle.percentAxis((NumberAxis) chart.getCategoryPlot().getRangeAxis(), l);
        ChartStyle.apply(chart, r.manifest(), l, BasisvoorwaardenCharts.ciNote(l));
        return chart;
    }

    /**
     * @param categoryColour colour of each bar by category index, or null to colour by series
     */
    JFreeChart build(String title, String categoryLabel, String valueLabel, PlotOrientation orientation,
                     IntFunction<Paint> categoryColour) {
        CategoryAxis categoryAxis = new CategoryAxis(categoryLabel);
        categoryAxis.setCategoryMargin(0.25);
        categoryAxis.setMaximumCategoryLabelLines(3);
        categoryAxis.setMaximumCategoryLabelWidthRatio(1.6f);
        if (orientation == PlotOrientation.VERTICAL) {
            categoryAxis.setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
        }
        NumberAxis valueAxis = new NumberAxis(valueLabel);
        // keep a margin beyond zero so the zero line is not hidden in the plot border
        valueAxis.setAutoRangeStickyZero(false);
        StatisticalBarRenderer renderer = categoryColour == null ? new StatisticalBarRenderer()
                : new StatisticalBarRenderer() {
                    private static final long serialVersionUID = 1L;

                    @Override
                    public Paint getItemPaint(int row, int column) {
                        return categoryColour.apply(column);
                    }
                };
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(true);
        renderer.setDefaultOutlinePaint(new Color(0x444444));
        renderer.setDefaultOutlineStroke(new BasicStroke(0.8f));
        renderer.setErrorIndicatorPaint(Color.BLACK);
        renderer.setErrorIndicatorStroke(new BasicStroke(2f));
        renderer.setItemMargin(0.05);
        for (int i = 0; i < series.size(); i++) {
            renderer.setSeriesPaint(i, Palette.series(i));
        }
        CategoryPlot plot = new CategoryPlot(dataset, categoryAxis, valueAxis, renderer);
        plot.setOrientation(orientation);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        ValueMarker zero = new ValueMarker(0, Color.BLACK, new BasicStroke(1.5f));
        plot.addRangeMarker(zero);
        JFreeChart chart = new JFreeChart(title, ChartStyle.TITLE, plot, series.size() > 1);
        return chart;
    }
}
