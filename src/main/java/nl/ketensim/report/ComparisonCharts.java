package nl.ketensim.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.ketensim.domain.Basisvoorwaarde;
import nl.ketensim.domain.Language;
import nl.ketensim.results.Group;
import nl.ketensim.results.MetricFamily;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;

/**
 * Differences versus the base scenario from {@code comparison.csv} (group {@code all}), in
 * percentage points, with 95% intervals and a visible zero line: one chart for the basisvoorwaarden
 * at release, one for the process norms.
 */
final class ComparisonCharts {

    static final String GROUP = Group.ALL.key();

    private ComparisonCharts() { }

    static List<Figure> build(Results r, Language l) {
        List<Figure> figures = new ArrayList<>();
        List<String> bvMetrics = new ArrayList<>();
        for (Basisvoorwaarde b : Basisvoorwaarde.values()) {
            bvMetrics.add(MetricFamily.WITHOUT_AT_RELEASE.key(b));
        }
        chart(r, l, bvMetrics, "vergelijking_basisvoorwaarden",
                Labels.pick(l, "Verschil met het basisscenario: niet geregeld bij ontslag",
                        "Difference from the base scenario: not arranged at release"),
                Labels.pick(l, "Basisvoorwaarde", "Basisvoorwaarde (basic condition)"),
                Labels.pick(l, "Verschil in aandeel ontslagen zonder basisvoorwaarde (procentpunt)",
                        "Difference in share released without it (percentage points)"),
                Labels.pick(l, "Verschil (scenario min basisscenario) in het aandeel ontslagen justitiabelen zonder de "
                                + "basisvoorwaarde, in procentpunten; negatief is beter. Gepaarde replicaties met "
                                + "gemeenschappelijke toevalsgetallen, 95%-betrouwbaarheidsinterval van het verschil.",
                        "Difference (scenario minus base) in the share released without the basisvoorwaarde, in "
                                + "percentage points; negative is better. Paired replications with common random "
                                + "numbers, 95% confidence interval of the difference.")).ifPresent(figures::add);
        chart(r, l, ProcessNormsChart.METRICS, "vergelijking_procesnormen",
                Labels.pick(l, "Verschil met het basisscenario: procesnormen", "Difference from the base scenario: process norms"),
                Labels.pick(l, "Norm", "Norm"),
                Labels.pick(l, "Verschil in aandeel dat de norm haalt (procentpunt)",
                        "Difference in share meeting the norm (percentage points)"),
                Labels.pick(l, "Verschil (scenario min basisscenario) in het aandeel justitiabelen dat elke procesnorm "
                                + "haalt, in procentpunten; positief is beter; 95%-betrouwbaarheidsinterval.",
                        "Difference (scenario minus base) in the share meeting each process norm, in percentage "
                                + "points; positive is better; 95% confidence interval.")).ifPresent(figures::add);
        return figures;
    }

    private static Optional<Figure> chart(Results r, Language l, List<String> metrics, String file, String title,
                                          String categoryLabel, String valueLabel, String caption) {
        Set<String> scenarios = new LinkedHashSet<>();
        r.comparison().forEach(c -> scenarios.add(c.scenario()));
        CiBarChart bars = new CiBarChart().scale(100);
        for (String metric : metrics) {
            String category = Labels.category(metric, r.scenarioValues(), l);
            for (String scenario : scenarios) {
                r.comparison().stream()
                        .filter(c -> c.group().equals(GROUP) && c.metric().equals(metric) && c.scenario().equals(scenario))
                        .findFirst().ifPresent(c -> bars.add(scenario, category, c.difference()));
            }
        }
        if (bars.isEmpty()) {
            return Optional.empty();
        }
        JFreeChart chart = bars.build(title, categoryLabel, valueLabel, PlotOrientation.HORIZONTAL, null);
        chart.removeLegend();
        chart.addLegend(new org.jfree.chart.title.LegendTitle(chart.getPlot()));
        ChartStyle.apply(chart, r.manifest(), l, BasisvoorwaardenCharts.ciNote(l));
        return Optional.of(new Figure(file, title, bars.series(), caption, chart));
    }
}
