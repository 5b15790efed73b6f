package nl.ketensim.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.ketensim.domain.Language;
import nl.ketensim.results.Unit;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;

/**
 * The screening of estimated parameters ({@code sensitivity.csv}): per parameter the effect of
 * moving it from its low to its high end on each output (paired difference with its 95%
 * interval), parameters ranked by their largest effect.
 */
final class SensitivityCharts {

    /** Parameters shown, largest effect first; the rest are in the file. */
    static final int MAX_PARAMETERS = 15;

    private SensitivityCharts() { }

    static Optional<Figure> build(Results r, Language l) {
        List<SensitivityEntry> range = r.sensitivity().stream().filter(SensitivityEntry::isRange).toList();
        if (range.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Double> largest = new LinkedHashMap<>();
        Set<String> metrics = new LinkedHashSet<>();
        for (SensitivityEntry e : range) {
            double size = Math.abs(e.effect().mean());
            largest.merge(e.parameter(), Double.isNaN(size) ? 0 : size, Math::max);
            metrics.add(e.metric());
        }
        List<String> parameters = new ArrayList<>(largest.keySet());
        parameters.sort(Comparator.comparingDouble((String p) -> largest.get(p)).reversed());
        parameters = parameters.subList(0, Math.min(MAX_PARAMETERS, parameters.size()));
        boolean shares = range.stream().allMatch(e -> e.unit().equals(Unit.SHARE.key()));
        CiBarChart bars = new CiBarChart().scale(shares ? 100 : 1);
        for (String parameter : parameters) {
            for (String metric : metrics) {
                range.stream().filter(e -> e.parameter().equals(parameter) && e.metric().equals(metric)).findFirst()
                        .ifPresent(e -> bars.add(Labels.category(metric, r.scenarioValues(), l),
                                parameter + (e.clamped() ? " *" : "") + " (" + e.baseValue() + " – " + e.value() + ")",
                                e.effect()));
            }
        }
        String group = range.get(0).group();
        String title = Labels.pick(l, "Gevoeligheid voor geschatte parameters", "Sensitivity to estimated parameters");
        JFreeChart chart = bars.build(title, Labels.pick(l, "Parameter (laag – hoog)", "Parameter (low – high)"),
                Labels.pick(l, "Effect van laag naar hoog", "Effect from low to high")
                        + (shares ? Labels.pick(l, " (procentpunt)", " (percentage points)") : ""),
                PlotOrientation.HORIZONTAL, null);
        ChartStyle.apply(chart, r.manifest(), l, Labels.group(group, l));
        String caption = Labels.pick(l,
                "Per geschatte parameter het verschil in de uitkomsten tussen de lage en de hoge waarde (elk "
                        + "±20% of het opgegeven percentage, binnen het toegestane bereik; * = afgekapt), gepaard per "
                        + "replicatie (gemeenschappelijke toevalsgetallen), met 95%-betrouwbaarheidsinterval; de "
                        + MAX_PARAMETERS + " grootste. Uit sensitivity.csv.",
                "Per estimated parameter the difference in the outputs between its low and high value (each ±20% or "
                        + "the percentage given, within the allowed range; * = clamped), paired per replication "
                        + "(common random numbers), with 95% confidence interval; the " + MAX_PARAMETERS
                        + " largest. From sensitivity.csv.");
        return Optional.of(new Figure("gevoeligheid", title, bars.series(), caption, chart));
    }
}
