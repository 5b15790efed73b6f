package nl.ketensim.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import nl.ketensim.domain.Knelpunt;
import nl.ketensim.domain.Language;
import nl.ketensim.stats.IntervalEstimate;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Knelpunten: the descriptive view (missed basisvoorwaarden per year stacked by knelpunt, from
 * {@code knelpunten.csv}) and the counterfactual view (a tornado of misses prevented per year when
 * a knelpunt is relieved, from {@code knelpunten_relief.csv}). Knelpunt colours come from
 * {@link Palette}.
 */
final class KnelpuntenCharts {

    /** Pairs shown in the tornado when the relief file has no totals per knelpunt. */
    static final int MAX_TORNADO_BARS = 15;

    private KnelpuntenCharts() { }

    /** The first descriptive view: misses per year by the knelpunt the case waited for at release. */
    static Optional<Figure> descriptive(Results r, Language l) {
        String title = Labels.pick(l, "Knelpunten: waardoor basisvoorwaarden niet geregeld zijn",
                "Knelpunten (bottlenecks): why basisvoorwaarden are not arranged");
        String caption = Labels.pick(l,
                "Gemiddeld aantal ontslagen justitiabelen per jaar bij wie de basisvoorwaarde niet geregeld is, "
                        + "verdeeld naar het knelpunt waarop de zaak wachtte toen de tijd op was (beschrijvende "
                        + "toerekening); intervallen staan in de tabel.",
                "Mean number of released justitiabelen per year without the basisvoorwaarde arranged, split by the "
                        + "knelpunt the case was waiting for when time ran out (descriptive attribution); "
                        + "intervals are in the table.");
        return stacked(r, l, "knelpunten", KnelpuntEstimate::missedPerYear, title, caption,
                Labels.pick(l, "Niet geregeld bij ontslag (personen per jaar)", "Not arranged at release (persons per year)"),
                Labels.pick(l, "beschrijvende toerekening, gemiddelden", "descriptive attribution, means"));
    }

    /** The second descriptive view: days the missed needs lost to each knelpunt along their whole path. */
    static Optional<Figure> daysLost(Results r, Language l) {
        String title = Labels.pick(l, "Knelpunten: waar de tijd van gemiste basisvoorwaarden bleef",
                "Knelpunten (bottlenecks): where the time of missed basisvoorwaarden went");
        String caption = Labels.pick(l,
                "Dagen per jaar die niet geregelde basisvoorwaarden van opname tot ontslag aan elk knelpunt verloren: "
                        + "elke dag telt bij precies één knelpunt (beschrijvende toerekening langs het hele pad; wachten "
                        + "in een wachtrij telt als capaciteit van die partner, werk dat loopt als kort verblijf). Wat "
                        + "wegnemen van een knelpunt oplevert, staat in de tegenfeitelijke figuur.",
                "Days per year that basisvoorwaarden not arranged at release lost to each knelpunt from admission to "
                        + "release: every day counts for exactly one knelpunt (descriptive attribution along the whole "
                        + "path; waiting in a queue counts as that partner's capacity, work in progress as kort "
                        + "verblijf). What relieving a knelpunt achieves is in the counterfactual figure.");
        return stacked(r, l, "knelpunten_dagen", KnelpuntEstimate::daysLostPerYear, title, caption,
                Labels.pick(l, "Verloren dagen per jaar", "Days lost per year"),
                Labels.pick(l, "beschrijvende toerekening langs het pad, gemiddelden",
                        "descriptive attribution along the path, means"));
    }

    private static Optional<Figure> stacked(Results r, Language l, String id,
                                            Function<KnelpuntEstimate, IntervalEstimate> value,
                                            String title, String caption, String axis, String subtitle) {
        Set<String> used = new LinkedHashSet<>();
        for (KnelpuntEstimate k : r.knelpunten()) {
            if (value.apply(k).mean() > 0) {
                used.add(k.knelpunt());
            }
        }
        if (used.isEmpty()) {
            return Optional.empty();
        }
        List<String> knelpunten = used.stream()
                .sorted(Comparator.comparingInt(KnelpuntenCharts::order)).toList();
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        List<String> series = new ArrayList<>();
        for (String knelpunt : knelpunten) {
            String name = Labels.knelpunt(knelpunt, l);
            series.add(name);
            for (KnelpuntEstimate k : r.knelpunten()) {
                if (k.knelpunt().equals(knelpunt)) {
                    double mean = value.apply(k).mean();
                    dataset.addValue(Double.isNaN(mean) ? 0 : mean, name, Labels.basisvoorwaarde(k.basisvoorwaarde(), l));
                }
            }
        }
        StackedBarRenderer renderer = new StackedBarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(true);
        renderer.setDefaultOutlinePaint(new Color(0x444444));
        renderer.setDefaultOutlineStroke(new BasicStroke(0.6f));
        for (int i = 0; i < knelpunten.size(); i++) {
            renderer.setSeriesPaint(i, Palette.ofKnelpunt(knelpunten.get(i)));
        }
        CategoryAxis categories = new CategoryAxis(Labels.pick(l, "Basisvoorwaarde", "Basisvoorwaarde (basic condition)"));
        categories.setMaximumCategoryLabelLines(3);
        categories.setMaximumCategoryLabelWidthRatio(1.6f);
        NumberAxis values = new NumberAxis(axis);
        ChartStyle.countAxis(values, l);
        CategoryPlot plot = new CategoryPlot(dataset, categories, values, renderer);
        plot.setOrientation(PlotOrientation.VERTICAL);
        JFreeChart chart = new JFreeChart(title, ChartStyle.TITLE, plot, true);
        LegendTitle legend = chart.getLegend();
        legend.setPosition(RectangleEdge.RIGHT);
        ChartStyle.apply(chart, r.manifest(), l, subtitle);
        return Optional.of(new Figure(id, title, series, caption, chart));
    }

    /**
     * Misses prevented per year by relieving one knelpunt at a time: the rows totalled over all
     * basisvoorwaarden ({@code all}) when present, else the largest (knelpunt, basisvoorwaarde)
     * pairs. The row with every chosen knelpunt relieved together ({@code alle}) is no bar of its
     * own (it is not one knelpunt, and would dwarf the others); the caption gives it.
     */
    static Optional<Figure> tornado(Results r, Language l) {
        List<ReliefRow> single = r.relief().stream().filter(x -> !x.isAllRelieved()).toList();
        if (single.isEmpty()) {
            return Optional.empty();
        }
        List<ReliefRow> totals = single.stream().filter(ReliefRow::isTotal).toList();
        boolean perKnelpunt = !totals.isEmpty();
        List<ReliefRow> rows = new ArrayList<>(perKnelpunt ? totals
                : single.stream().filter(x -> !x.isTotal()).toList());
        rows.sort(Comparator.comparingDouble((ReliefRow x) -> nanLast(x.prevented().mean())).reversed());
        if (!perKnelpunt && rows.size() > MAX_TORNADO_BARS) {
            rows = rows.subList(0, MAX_TORNADO_BARS);
        }
        CiBarChart bars = new CiBarChart();
        String seriesName = Labels.pick(l, "voorkomen per jaar", "prevented per year");
        List<String> categoryKnelpunt = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (ReliefRow row : rows) {
            String category = Labels.knelpunt(row.knelpunt(), l)
                    + (perKnelpunt ? "" : " · " + Labels.basisvoorwaarde(row.basisvoorwaarde(), l));
            categoryKnelpunt.add(row.knelpunt());
            names.add(category);
            bars.add(seriesName, category, row.prevented());
        }
        String title = Labels.pick(l, "Wat het wegnemen van een knelpunt oplevert",
                "What relieving a knelpunt (bottleneck) prevents");
        JFreeChart chart = bars.build(title, Labels.pick(l, "Weggenomen knelpunt", "Relieved knelpunt"),
                Labels.pick(l, "Voorkomen: niet geregelde basisvoorwaarden per jaar (personen per jaar)",
                        "Prevented: basisvoorwaarden not arranged, per year (persons per year)"),
                PlotOrientation.HORIZONTAL, i -> Palette.ofKnelpunt(categoryKnelpunt.get(i)));
        ChartStyle.countAxis((NumberAxis) chart.getCategoryPlot().getRangeAxis(), l);
        ChartStyle.apply(chart, r.manifest(), l, BasisvoorwaardenCharts.ciNote(l));
        int relieved = rows.size();
        String together = r.relief().stream().filter(x -> x.isAllRelieved() && x.isTotal()).findFirst()
                .map(x -> Labels.pick(l, " Alle " + relieved + " knelpunten samen weggenomen voorkomt ",
                        " Relieving all " + relieved + " knelpunten together prevents ")
                        + Numbers.number(x.prevented().mean(), l) + Labels.pick(l, " per jaar ", " per year ")
                        + Numbers.interval(x.prevented(), l) + Labels.pick(l,
                                "; de effecten afzonderlijk tellen niet op tot dat totaal.",
                                "; the separate effects need not add up to that total."))
                .orElse("");
        String caption = Labels.pick(l,
                "Aantal niet geregelde basisvoorwaarden per jaar dat verdwijnt wanneer één knelpunt wordt "
                        + "weggenomen (gepaarde runs met gemeenschappelijke toevalsgetallen), gesorteerd naar effect"
                        + (perKnelpunt ? "" : ", per knelpunt en basisvoorwaarde (de grootste " + rows.size() + ")")
                        + "; gemiddelde met 95%-betrouwbaarheidsinterval.",
                "Basisvoorwaarden not arranged per year that disappear when one knelpunt is relieved (paired runs "
                        + "with common random numbers), sorted by effect"
                        + (perKnelpunt ? "" : ", per knelpunt and basisvoorwaarde (the largest " + rows.size() + ")")
                        + "; mean with 95% confidence interval.") + (perKnelpunt ? together : "");
        return Optional.of(new Figure("knelpunten_tornado", title, names, caption, chart));
    }

    private static double nanLast(double value) {
        return Double.isNaN(value) ? Double.NEGATIVE_INFINITY : value;
    }

    private static int order(String key) {
        Knelpunt k = Knelpunt.fromKey(key);
        return k == null ? Integer.MAX_VALUE : k.ordinal();
    }
}
