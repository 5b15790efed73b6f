package nl.ketensim.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.ketensim.domain.Language;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.IntervalBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.category.StatisticalLineAndShapeRenderer;
import org.jfree.data.category.DefaultIntervalCategoryDataset;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;

/**
 * The model against published figures ({@code validation.csv}): per figure the published range as
 * a bar and the model's mean with its 95% interval as a point with error bar. Metrics have
 * different units, so everything is divided by the figure's reference value: the midpoint of the
 * published range, or its one finite end when the range is open (an open lower end is drawn from 0).
 */
final class ValidationChart {

    private ValidationChart() { }

    static Optional<Figure> build(Results r, Language l) {
        List<ValidationEntry> rows = r.validation().stream()
                .filter(v -> v.isModelled() && !Double.isNaN(v.model().mean())).toList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        String published = Labels.pick(l, "gepubliceerd bereik", "published range");
        String model = Labels.pick(l, "model (95%-BI)", "model (95% CI)");
        List<String> categories = new ArrayList<>();
        double[][] starts = new double[1][rows.size()];
        double[][] ends = new double[1][rows.size()];
        DefaultStatisticalCategoryDataset points = new DefaultStatisticalCategoryDataset();
        for (int i = 0; i < rows.size(); i++) {
            ValidationEntry v = rows.get(i);
            double reference = reference(v);
            String category = Labels.metric(v.metric(), r.scenarioValues(), l) + " · " + Labels.group(v.group(), l)
                    + (v.isKnownDeviation() ? Labels.pick(l, " (bekende afwijking)", " (known deviation)") : "");
            categories.add(category);
            starts[0][i] = Double.isNaN(v.publishedLow()) ? 0 : v.publishedLow() / reference;
            ends[0][i] = Double.isNaN(v.publishedHigh()) ? Math.max(2, v.model().mean() / reference)
                    : v.publishedHigh() / reference;
            Double half = v.model().hasInterval() ? v.model().halfWidth() / reference : null;
            points.add((Number) (v.model().mean() / reference), half, model, category);
        }
        DefaultIntervalCategoryDataset ranges = new DefaultIntervalCategoryDataset(
                new Comparable<?>[] {published}, categories.toArray(new Comparable<?>[0]), toNumbers(starts),
                toNumbers(ends));
        IntervalBarRenderer bars = new IntervalBarRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setSeriesPaint(0, Palette.LIGHT_GREY);
        bars.setDrawBarOutline(true);
        bars.setDefaultOutlinePaint(Palette.GREY);
        StatisticalLineAndShapeRenderer dots = new StatisticalLineAndShapeRenderer(false, true);
        dots.setSeriesPaint(0, Palette.BLUE);
        dots.setSeriesShape(0, new Ellipse2D.Double(-6, -6, 12, 12));
        dots.setErrorIndicatorPaint(Palette.BLUE);
        dots.setErrorIndicatorStroke(new BasicStroke(2.5f));
        CategoryAxis axis = new CategoryAxis(Labels.pick(l, "Gepubliceerd cijfer", "Published figure"));
        axis.setMaximumCategoryLabelLines(3);
        axis.setMaximumCategoryLabelWidthRatio(1.8f);
        NumberAxis values = new NumberAxis(Labels.pick(l, "Gedeeld door het midden van het bereik",
                "Divided by the middle of the published range"));
        values.setAutoRangeIncludesZero(true);
        CategoryPlot plot = new CategoryPlot(ranges, axis, values, bars);
        plot.setDataset(1, points);
        plot.setRenderer(1, dots);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        plot.addRangeMarker(new ValueMarker(1, Color.DARK_GRAY, new BasicStroke(1f, BasicStroke.CAP_BUTT,
                BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f)));
        String title = Labels.pick(l, "Model tegenover gepubliceerde cijfers", "Model against published figures");
        JFreeChart chart = new JFreeChart(title, ChartStyle.TITLE, plot, true);
        ChartStyle.apply(chart, r.manifest(), l, rows.get(0).basis() ? Labels.pick(l, "basisscenario", "basis scenario")
                : Labels.pick(l, "NIET het basisscenario: ter informatie", "NOT the basis scenario: for information"));
        String caption = Labels.pick(l,
                "Per gepubliceerd cijfer het bereik (grijze balk) en het modelgemiddelde met 95%-betrouwbaarheidsinterval "
                        + "(punt met foutbalk), gedeeld door het midden van het bereik (of de enige grens bij een open "
                        + "bereik); een open ondergrens loopt vanaf 0. Uit validation.csv.",
                "Per published figure its range (grey bar) and the model's mean with 95% confidence interval (point with "
                        + "error bar), divided by the middle of the range (or its only bound when open); an open lower "
                        + "end is drawn from 0. From validation.csv.");
        return Optional.of(new Figure("validatie", title, List.of(published, model), caption, chart));
    }

    /** The midpoint of the published range, or its one finite end. */
    static double reference(ValidationEntry v) {
        boolean low = !Double.isNaN(v.publishedLow());
        boolean high = !Double.isNaN(v.publishedHigh());
        double ref = low && high ? (v.publishedLow() + v.publishedHigh()) / 2 : low ? v.publishedLow() : v.publishedHigh();
        return ref == 0 ? 1 : Math.abs(ref);
    }

    private static Number[][] toNumbers(double[][] values) {
        Number[][] numbers = new Number[values.length][];
        for (int i = 0; i < values.length; i++) {
            numbers[i] = new Number[values[i].length];
            for (int j = 0; j < values[i].length; j++) {
                numbers[i][j] = values[i][j];
            }
        }
        return numbers;
    }
}
