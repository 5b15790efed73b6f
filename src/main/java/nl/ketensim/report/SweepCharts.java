package nl.ketensim.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import nl.ketensim.domain.Basisvoorwaarde;
import nl.ketensim.domain.Language;
import nl.ketensim.results.Group;
import nl.ketensim.results.MetricFamily;
import nl.ketensim.results.Unit;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Sweeps from {@code sweep.csv} (group {@code all}): with one grid parameter, response curves of
 * the share without each basisvoorwaarde at release with 95% bands; with two, a heat map of the
 * mean per basisvoorwaarde, one evenly spaced cell per grid point. Grids of three or more parameters are not drawn (the table has them).
 * When the sweep has no {@code without_at_release.*} metric, its first metric is drawn instead.
 * Grid values that are all numbers go on a number axis; otherwise (values relative to the
 * scenario such as {@code +20%} or {@code x2}) they are spaced evenly and labelled as given.
 */
final class SweepCharts {

    static final String GROUP = Group.ALL.key();

    private SweepCharts() { }

    static List<Figure> build(Results r, Language l) {
        List<SweepRow> rows = r.sweep().stream().filter(s -> s.group().equals(GROUP)).toList();
        if (rows.isEmpty()) {
            return List.of();
        }
        List<String> parameters = new ArrayList<>(rows.get(0).point().keySet());
        List<String> metrics = metrics(rows);
        if (parameters.size() == 1) {
            return curves(r, rows, parameters.get(0), metrics, l).map(List::of).orElse(List.of());
        }
        if (parameters.size() == 2) {
            List<Figure> maps = new ArrayList<>();
            for (String metric : metrics) {
                heatMap(r, rows, parameters, metric, l).ifPresent(maps::add);
            }
            return maps;
        }
        return List.of();
    }

    private static List<String> metrics(List<SweepRow> rows) {
        List<String> metrics = new ArrayList<>();
        for (Basisvoorwaarde b : Basisvoorwaarde.values()) {
            String metric = MetricFamily.WITHOUT_AT_RELEASE.key(b);
            if (rows.stream().anyMatch(s -> s.metric().equals(metric))) {
                metrics.add(metric);
            }
        }
        if (metrics.isEmpty()) {
            metrics.add(rows.get(0).metric());
        }
        return metrics;
    }

    private static boolean isShare(List<SweepRow> rows, String metric) {
        return Labels.withoutAtRelease(metric).isPresent() || rows.stream()
                .anyMatch(s -> s.metric().equals(metric) && s.unit().equals(Unit.SHARE.key()));
    }

    private static Optional<Figure> curves(Results r, List<SweepRow> rows, String parameter, List<String> metrics,
                                           Language l) {
        GridAxis grid = GridAxis.of(rows, parameter, true);
        YIntervalSeriesCollection dataset = new YIntervalSeriesCollection();
        List<String> names = new ArrayList<>();
        boolean share = true;
        for (String metric : metrics) {
            String name = Labels.category(metric, r.scenarioValues(), l);
            YIntervalSeries s = new YIntervalSeries(name);
            for (SweepRow row : rows) {
                double x = grid.x(row.point().get(parameter));
                if (row.metric().equals(metric) && !Double.isNaN(x) && !Double.isNaN(row.estimate().mean())) {
                    double mean = row.estimate().mean();
                    boolean ci = row.estimate().hasInterval();
                    s.add(x, mean, ci ? row.estimate().low() : mean, ci ? row.estimate().high() : mean);
                }
            }
            if (s.getItemCount() > 0) {
                dataset.addSeries(s);
                names.add(name);
                share &= isShare(rows, metric);
            }
        }
        if (names.isEmpty()) {
            return Optional.empty();
        }
        DeviationRenderer renderer = new DeviationRenderer(true, true);
        renderer.setAlpha(0.2f);
        for (int i = 0; i < names.size(); i++) {
            renderer.setSeriesPaint(i, Palette.series(i));
            renderer.setSeriesFillPaint(i, Palette.series(i));
            renderer.setSeriesStroke(i, new BasicStroke(3f));
        }
        ValueAxis x = grid.axis(r, l);
        boolean bv = Labels.withoutAtRelease(metrics.get(0)).isPresent();
        NumberAxis y = new NumberAxis(bv ? Labels.pick(l, "Aandeel ontslagen zonder basisvoorwaarde (%)",
                "Share released without the basisvoorwaarde (%)") : Labels.metric(metrics.get(0), r.scenarioValues(), l));
        if (share) {
            ChartStyle.percentAxis(y, l);
        }
        XYPlot plot = new XYPlot(dataset, x, y, renderer);
        String title = Labels.pick(l, "Gevoeligheid voor ", "Sensitivity to ") + parameter;
        JFreeChart chart = new JFreeChart(title, ChartStyle.TITLE, plot, true);
        ChartStyle.apply(chart, r.manifest(), l,
                Labels.pick(l, "band: 95%-betrouwbaarheidsinterval", "band: 95% confidence interval"));
        String caption = Labels.pick(l,
                "Responscurven: " + (bv ? "aandeel ontslagen zonder elke basisvoorwaarde" : Labels.metric(metrics.get(0), r.scenarioValues(), l))
                        + " bij elke waarde van " + parameter + "; gemiddelde met 95%-betrouwbaarheidsband.",
                "Response curves: " + (bv ? "share released without each basisvoorwaarde" : Labels.metric(metrics.get(0), r.scenarioValues(), l))
                        + " at each value of " + parameter + "; mean with 95% confidence band.");
        return Optional.of(new Figure("sweep", title, names, caption, chart));
    }

    private static Optional<Figure> heatMap(Results r, List<SweepRow> rows, List<String> parameters, String metric,
                                            Language l) {
        String px = parameters.get(0);
        String py = parameters.get(1);
        GridAxis gx = GridAxis.of(rows, px, false);
        GridAxis gy = GridAxis.of(rows, py, false);
        List<double[]> cells = new ArrayList<>();
        for (SweepRow row : rows) {
            if (row.metric().equals(metric) && !Double.isNaN(row.estimate().mean())) {
                double x = gx.x(row.point().get(px));
                double y = gy.x(row.point().get(py));
                cells.add(new double[] {x, y, row.estimate().mean()});
            }
        }
        if (cells.isEmpty()) {
            return Optional.empty();
        }
        double[][] data = new double[3][cells.size()];
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < cells.size(); i++) {
            for (int k = 0; k < 3; k++) {
                data[k][i] = cells.get(i)[k];
            }
            min = Math.min(min, cells.get(i)[2]);
            max = Math.max(max, cells.get(i)[2]);
        }
        if (max <= min) {
            max = min + 1e-9;
        }
        DefaultXYZDataset dataset = new DefaultXYZDataset();
        String label = Labels.category(metric, r.scenarioValues(), l);
        dataset.addSeries(label, data);
        XYBlockRenderer renderer = new XYBlockRenderer();
        renderer.setBlockWidth(1);
        renderer.setBlockHeight(1);
        Scale scale = new Scale(min, max);
        renderer.setPaintScale(scale);
        ValueAxis x = gx.axis(r, l);
        ValueAxis y = gy.axis(r, l);
        XYPlot plot = new XYPlot(dataset, x, y, renderer);
        String title = Labels.pick(l, "Niet geregeld bij ontslag: ", "Not arranged at release: ") + label;
        if (Labels.withoutAtRelease(metric).isEmpty()) {
            title = label;
        }
        JFreeChart chart = new JFreeChart(title, ChartStyle.TITLE, plot, false);
        NumberAxis scaleAxis = new NumberAxis(isShare(rows, metric) ? Labels.pick(l, "aandeel (%)", "share (%)") : label);
        if (isShare(rows, metric)) {
            ChartStyle.percentAxis(scaleAxis, l);
        }
        scaleAxis.setRange(min, max);
        scaleAxis.setTickLabelFont(ChartStyle.TICK);
        scaleAxis.setLabelFont(ChartStyle.LEGEND);
        PaintScaleLegend legend = new PaintScaleLegend(scale, scaleAxis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setMargin(new RectangleInsets(10, 10, 10, 10));
        legend.setStripWidth(24);
        legend.setBackgroundPaint(Color.WHITE);
        chart.addSubtitle(legend);
        ChartStyle.apply(chart, r.manifest(), l, Labels.pick(l, "gemiddelden", "means"));
        String caption = Labels.pick(l,
                "Heatmap: gemiddeld " + label + " bij elke combinatie van " + px + " en " + py
                        + "; intervallen staan in sweep.csv.",
                "Heat map: mean " + label + " at each combination of " + px + " and " + py
                        + "; intervals are in sweep.csv.");
        String file = "sweep_" + metric.replaceAll("[^A-Za-z0-9_-]", "_");
        return Optional.of(new Figure(file, title, List.of(label), caption, chart));
    }

    /** The parameter path with its unit from {@code scenario_parameters.csv}, when recorded. */
    static String withUnit(Results r, String parameter) {
        return unit(r, parameter).map(u -> parameter + " (" + u + ")").orElse(parameter);
    }

    /**
     * The values of one grid parameter in order of first appearance (command-line order).
     *
     * @param numeric whether the values are drawn at their numbers; if not, value i is drawn at x = i
     *                and labelled as given
     */
    private record GridAxis(String parameter, List<String> values, boolean numeric) {

        /** @param byNumber draw the values at their numbers when they all are numbers (curves, not heat-map cells) */
        static GridAxis of(List<SweepRow> rows, String parameter, boolean byNumber) {
            LinkedHashSet<String> values = new LinkedHashSet<>();
            for (SweepRow row : rows) {
                String value = row.point().get(parameter);
                if (value != null) {
                    values.add(value);
                }
            }
            boolean numeric = byNumber && values.stream().allMatch(GridAxis::isNumber);
            return new GridAxis(parameter, List.copyOf(values), numeric);
        }

        /** The position of a value on the axis; NaN when the row has no value for this parameter. */
        double x(String value) {
            if (value == null) {
                return Double.NaN;
            }
            return numeric ? Double.parseDouble(value) : values.indexOf(value);
        }

        ValueAxis axis(Results r, Language l) {
            if (numeric) {
                NumberAxis axis = new NumberAxis(withUnit(r, parameter));
                axis.setAutoRangeIncludesZero(false);
                return axis;
            }
            boolean relative = values.stream().anyMatch(v -> !isNumber(v));
            String label = !relative ? withUnit(r, parameter) : r.parameter(parameter)
                    .map(v -> parameter + Labels.pick(l, " (t.o.v. scenariowaarde ", " (relative to the scenario value ")
                            + v + unit(r, parameter).map(u -> " " + u).orElse("") + ")")
                    .orElse(withUnit(r, parameter));
            SymbolAxis axis = new SymbolAxis(label, values.toArray(String[]::new));
            axis.setGridBandsVisible(false);
            return axis;
        }

        private static boolean isNumber(String text) {
            try {
                return Double.isFinite(Double.parseDouble(text));
            } catch (NumberFormatException e) {
                return false;
            }
        }
    }

    private static Optional<String> unit(Results r, String parameter) {
        return r.parameters().stream().filter(p -> p.path().equals(parameter) && !p.unit().isEmpty()).findFirst()
                .map(ParameterRow::unit);
    }

    /** Maps a value to {@link Palette#sequential(double)} between a minimum and maximum. */
    private record Scale(double lower, double upper) implements PaintScale {
        @Override
        public double getLowerBound() {
            return lower;
        }

        @Override
        public double getUpperBound() {
            return upper;
        }

        @Override
        public Paint getPaint(double value) {
            return Palette.sequential((value - lower) / (upper - lower));
        }
    }
}
