package nl.ketensim.experiment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.ketensim.results.Metric;
import nl.ketensim.results.MetricName;
import nl.ketensim.stats.PairedDifference;

/**
 * The effects of a one-at-a-time screening ({@link SensitivityDesign}) on the chosen outputs:
 * variant 0 is the scenario, every other variant moves one parameter down or up. Each effect is a
 * paired difference over replications (common random numbers), as in {@link Comparison}.
 */
public final class SensitivityAnalysis {

    /** Settings of a sensitivity plan. */
    public static final String GROUP = "group";
    public static final String METRICS = "metrics";
    public static final String DELTA = "delta";
    public static final String SKIPPED = "skipped";
    /** Labels of a sensitivity variant. */
    public static final String PARAM = "param";
    public static final String DIRECTION = "direction";
    public static final String VALUE = "value";
    public static final String BASE_VALUE = "base_value";
    public static final String CLAMPED = "clamped";
    /** The direction of a row comparing the high with the low end of a parameter. */
    public static final String RANGE = "range";

    private SensitivityAnalysis() { }

    /**
     * One effect.
     *
     * @param parameter the parameter moved
     * @param direction {@code low}, {@code high} (against the scenario) or {@code range} (high against low)
     * @param baseValue the scenario's value; for {@code range} the low end
     * @param value     the value run; for {@code range} the high end
     * @param clamped   whether a value was cut back to the allowed range
     * @param group     population group
     * @param metric    output metric
     * @param unit      its unit
     * @param paired    value run − reference, paired per replication
     */
    public record Row(String parameter, String direction, String baseValue, String value, boolean clamped,
                      String group, String metric, String unit, PairedDifference paired) { }

    /** The rows: per parameter (plan order) low, high and range, each for every output. */
    public static List<Row> of(StudyPlan plan, StudyResults results) {
        List<Integer> outputs = outputs(plan, results);
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<String, Map<String, Integer>> e : byParameter(plan).entrySet()) {
            Integer low = e.getValue().get(SensitivityDesign.Direction.LOW.key());
            Integer high = e.getValue().get(SensitivityDesign.Direction.HIGH.key());
            for (Integer v : Arrays.asList(low, high)) {
                if (v != null) {
                    StudyPlan.Variant variant = plan.variants().get(v);
                    for (int m : outputs) {
                        rows.add(row(e.getKey(), variant.label(DIRECTION), variant.label(BASE_VALUE),
                                variant.label(VALUE), Boolean.parseBoolean(variant.label(CLAMPED)), results, m,
                                PairedDifference.of(results.values(0, m), results.values(v, m))));
                    }
                }
            }
            if (low != null && high != null) {
                StudyPlan.Variant l = plan.variants().get(low);
                StudyPlan.Variant h = plan.variants().get(high);
                boolean clamped = Boolean.parseBoolean(l.label(CLAMPED)) || Boolean.parseBoolean(h.label(CLAMPED));
                for (int m : outputs) {
                    rows.add(row(e.getKey(), RANGE, l.label(VALUE), h.label(VALUE), clamped, results, m,
                            PairedDifference.of(results.values(low, m), results.values(high, m))));
                }
            }
        }
        return rows;
    }

    private static Row row(String parameter, String direction, String baseValue, String value, boolean clamped,
                           StudyResults results, int m, PairedDifference paired) {
        Metric metric = results.variant(0).get(0).metrics().get(m);
        return new Row(parameter, direction, baseValue, value, clamped, metric.group(), metric.metric(),
                metric.unit(), paired);
    }

    /** Per parameter, in plan order, the variant index of each direction. */
    static Map<String, Map<String, Integer>> byParameter(StudyPlan plan) {
        Map<String, Map<String, Integer>> by = new LinkedHashMap<>();
        for (int v = 1; v < plan.variants().size(); v++) {
            StudyPlan.Variant variant = plan.variants().get(v);
            by.computeIfAbsent(variant.label(PARAM), k -> new LinkedHashMap<>()).put(variant.label(DIRECTION), v);
        }
        return by;
    }

    /**
     * Positions in the metric layout of the chosen outputs: group {@value #GROUP}, and each entry of
     * {@value #METRICS} either a metric name or a family key (all metrics of that family).
     */
    static List<Integer> outputs(StudyPlan plan, StudyResults results) {
        String group = plan.setting(GROUP);
        List<String> wanted = Arrays.stream(plan.setting(METRICS).split(",")).map(String::trim)
                .filter(s -> !s.isEmpty()).toList();
        List<Metric> layout = results.variant(0).get(0).metrics();
        List<Integer> positions = new ArrayList<>();
        for (String w : wanted) {
            for (int m = 0; m < layout.size(); m++) {
                Metric metric = layout.get(m);
                if (metric.group().equals(group) && matches(metric.metric(), w) && !positions.contains(m)) {
                    positions.add(m);
                }
            }
        }
        return positions;
    }

    /** Whether metric {@code name} is {@code wanted} or of the family whose key is {@code wanted}. */
    public static boolean matches(String name, String wanted) {
        if (name.equals(wanted)) {
            return true;
        }
        Optional<MetricName> parsed = MetricName.parse(name);
        return parsed.isPresent() && !parsed.get().parts().isEmpty() && parsed.get().family().key().equals(wanted);
    }
}
