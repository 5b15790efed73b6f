package nl.ketensim.experiment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.ketensim.domain.Knelpunt;
import nl.ketensim.results.Group;
import nl.ketensim.results.Metric;
import nl.ketensim.results.MetricName;
import nl.ketensim.stats.IntervalEstimate;
import nl.ketensim.stats.PairedDifference;
import nl.ketensim.stats.StudentTInterval;

/**
 * Whether the ranking of knelpunten holds across the range of each estimate. The knelpunten are
 * ranked by a metric family whose last part is the knelpunt (default
 * {@code missed_per_year.<basisvoorwaarde>.<knelpunt>}), summed over its other parts, group
 * {@code all}. Only pairs the scenario itself separates count: knelpunt a ranks above b when the
 * paired 95% interval of a − b over the replications lies above 0 (pairs within noise of each other
 * are tied and cannot flip). Such a pair flips under a variant when the variant separates it the
 * other way: there the interval of a − b lies below 0 (a variant that only ties them does not
 * count, so noise alone does not make a flip). A knelpunt is robust when it is in no flipped pair
 * under any variant.
 */
public final class RankingRobustness {

    /** Setting: the key of the ranking's metric family. */
    public static final String RANKING = "ranking";
    /** The default ranking family. */
    public static final String DEFAULT_RANKING = "missed_per_year";
    /** The direction of the row that gives the scenario's own ranking. */
    public static final String BASE = "base";

    private RankingRobustness() { }

    /**
     * The ranking in one variant.
     *
     * @param parameter the parameter moved; empty for the base
     * @param direction {@code low}, {@code high} or {@value #BASE}
     * @param value     the value run; empty for the base
     * @param clamped   whether the value was cut back to the allowed range
     * @param ranking   knelpunt keys, highest mean first, with their means and intervals
     * @param flipped   the base's separated pairs reversed here, as {@code a>b} (a was above b)
     */
    public record Row(String parameter, String direction, String value, boolean clamped,
                      List<Map.Entry<String, IntervalEstimate>> ranking, List<String> flipped) {

        public Row {
            ranking = List.copyOf(ranking);
            flipped = List.copyOf(flipped);
        }

        /** Whether the ranking holds here. */
        public boolean holds() {
            return flipped.isEmpty();
        }
    }

    /** The base row, then one row per variant in plan order. */
    public static List<Row> of(StudyPlan plan, StudyResults results) {
        String family = plan.setting(RANKING).isEmpty() ? DEFAULT_RANKING : plan.setting(RANKING);
        Map<String, List<Integer>> members = members(results.variant(0).get(0).metrics(), family);
        List<Map<String, double[]>> totals = new ArrayList<>();
        for (int v = 0; v < results.variants().size(); v++) {
            totals.add(totals(results, v, members));
        }
        List<String> order = ranking(totals.get(0)).stream().map(Map.Entry::getKey).toList();
        List<String[]> separated = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            for (int j = i + 1; j < order.size(); j++) {
                String a = order.get(i);
                String b = order.get(j);
                IntervalEstimate d = PairedDifference.of(totals.get(0).get(b), totals.get(0).get(a)).difference();
                if (d.hasInterval() && d.low() > 0) {
                    separated.add(new String[] {a, b});
                }
            }
        }
        List<Row> rows = new ArrayList<>();
        rows.add(new Row("", BASE, "", false, ranking(totals.get(0)), List.of()));
        for (int v = 1; v < results.variants().size(); v++) {
            StudyPlan.Variant variant = plan.variants().get(v);
            List<String> flipped = new ArrayList<>();
            for (String[] pair : separated) {
                double[] a = totals.get(v).get(pair[0]);
                double[] b = totals.get(v).get(pair[1]);
                IntervalEstimate d = PairedDifference.of(b, a).difference();
                if (d.hasInterval() && d.high() < 0) {
                    flipped.add(pair[0] + ">" + pair[1]);
                }
            }
            rows.add(new Row(variant.label(SensitivityAnalysis.PARAM), variant.label(SensitivityAnalysis.DIRECTION),
                    variant.label(SensitivityAnalysis.VALUE),
                    Boolean.parseBoolean(variant.label(SensitivityAnalysis.CLAMPED)), ranking(totals.get(v)), flipped));
        }
        return rows;
    }

    /**
     * Per knelpunt of the base ranking (in its order) the variants under which it is part of a
     * flipped pair, as {@code parameter low|high}; an empty list means robust.
     */
    public static Map<String, List<String>> flipsByKnelpunt(List<Row> rows) {
        Map<String, List<String>> flips = new LinkedHashMap<>();
        for (Map.Entry<String, IntervalEstimate> e : rows.get(0).ranking()) {
            flips.put(e.getKey(), new ArrayList<>());
        }
        for (Row row : rows.subList(1, rows.size())) {
            Set<String> involved = new LinkedHashSet<>();
            for (String pair : row.flipped()) {
                involved.addAll(List.of(pair.split(">")));
            }
            for (String k : involved) {
                flips.computeIfAbsent(k, x -> new ArrayList<>()).add(row.parameter() + " " + row.direction());
            }
        }
        return flips;
    }

    /** Whether {@code family} names a metric family whose last part is a knelpunt. */
    public static boolean isRankingFamily(String family) {
        return rankingFamilies().contains(family);
    }

    /** The keys of every metric family whose last part is a knelpunt. */
    public static List<String> rankingFamilies() {
        return nl.ketensim.results.MetricFamily.all().stream()
                .filter(f -> !f.dimensions().isEmpty()
                        && f.dimensions().get(f.dimensions().size() - 1) == nl.ketensim.results.Dimension.KNELPUNT)
                .map(nl.ketensim.results.MetricFamily::key).toList();
    }

    /** Per knelpunt the layout positions of its metrics of the family, group all. */
    private static Map<String, List<Integer>> members(List<Metric> layout, String family) {
        Map<String, List<Integer>> members = new LinkedHashMap<>();
        for (int m = 0; m < layout.size(); m++) {
            Metric metric = layout.get(m);
            if (!metric.group().equals(Group.ALL.key())) {
                continue;
            }
            Optional<MetricName> name = MetricName.parse(metric.metric());
            if (name.isPresent() && name.get().family().key().equals(family)) {
                var last = name.get().part(name.get().parts().size() - 1);
                if (last instanceof Knelpunt k) {
                    members.computeIfAbsent(k.key(), x -> new ArrayList<>()).add(m);
                }
            }
        }
        return members;
    }

    private static Map<String, double[]> totals(StudyResults results, int v, Map<String, List<Integer>> members) {
        Map<String, double[]> totals = new LinkedHashMap<>();
        int n = results.variant(v).size();
        for (Map.Entry<String, List<Integer>> e : members.entrySet()) {
            double[] sum = new double[n];
            for (int m : e.getValue()) {
                double[] values = results.values(v, m);
                for (int r = 0; r < n; r++) {
                    sum[r] += Double.isNaN(values[r]) ? 0 : values[r];
                }
            }
            totals.put(e.getKey(), sum);
        }
        return totals;
    }

    private static List<Map.Entry<String, IntervalEstimate>> ranking(Map<String, double[]> totals) {
        List<Map.Entry<String, IntervalEstimate>> ranked = new ArrayList<>();
        for (Map.Entry<String, double[]> e : totals.entrySet()) {
            ranked.add(Map.entry(e.getKey(), StudentTInterval.mean95(e.getValue())));
        }
        ranked.sort(Comparator.comparingDouble((Map.Entry<String, IntervalEstimate> e) -> -e.getValue().mean()));
        return ranked;
    }
}
