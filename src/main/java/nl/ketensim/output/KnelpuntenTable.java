package nl.ketensim.output;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.ketensim.domain.Basisvoorwaarde;
import nl.ketensim.domain.Knelpunt;
import nl.ketensim.results.Group;
import nl.ketensim.results.MetricFamily;
import nl.ketensim.stats.ExperimentSummary;
import nl.ketensim.stats.IntervalEstimate;
import nl.ketensim.stats.MetricSummary;

/**
 * Derives the knelpunten table from the metrics of group {@code all} named
 * {@code missed_per_year.<basisvoorwaarde>.<knelpunt>} and {@code days_lost_per_year.<basisvoorwaarde>.<knelpunt>}. Rows are ordered by
 * {@link Basisvoorwaarde} then {@link Knelpunt} declaration order; keys that are in neither enum
 * are kept, after the known ones, in the model's order.
 */
public final class KnelpuntenTable {

    /** The group the table is built from. */
    public static final String GROUP = Group.ALL.key();

    private KnelpuntenTable() { }

    public static List<KnelpuntRow> from(ExperimentSummary summary) {
        List<Parsed> parsed = new ArrayList<>();
        Map<String, IntervalEstimate> daysLost = new HashMap<>();
        for (MetricSummary s : summary.metrics()) {
            if (s.group().equals(GROUP)) {
                MetricFamily.MISSED_PER_YEAR.parse(s.metric())
                        .ifPresent(n -> parsed.add(new Parsed(n.part(0).key(), n.part(1).key(), s)));
                MetricFamily.DAYS_LOST_PER_YEAR.parse(s.metric())
                        .ifPresent(n -> daysLost.put(n.part(0).key() + "." + n.part(1).key(), s.estimate()));
            }
        }
        parsed.sort(Comparator.comparingInt((Parsed p) -> bvOrder(p.bv))
                .thenComparingInt(p -> knelpuntOrder(p.knelpunt)));
        Map<String, Double> totals = new HashMap<>();
        for (Parsed p : parsed) {
            totals.merge(p.bv, p.summary.estimate().mean(), Double::sum);
        }
        List<KnelpuntRow> rows = new ArrayList<>(parsed.size());
        for (Parsed p : parsed) {
            double total = totals.get(p.bv);
            double share = total == 0 ? 0 : p.summary.estimate().mean() / total;
            IntervalEstimate lost = daysLost.getOrDefault(p.bv + "." + p.knelpunt,
                    new IntervalEstimate(0, Double.NaN, Double.NaN, Double.NaN));
            rows.add(new KnelpuntRow(p.bv, p.knelpunt, p.summary.estimate(), share, lost));
        }
        return rows;
    }

    private static int bvOrder(String key) {
        Basisvoorwaarde b = Basisvoorwaarde.fromKey(key);
        return b == null ? Integer.MAX_VALUE : b.ordinal();
    }

    private static int knelpuntOrder(String key) {
        Knelpunt k = Knelpunt.fromKey(key);
        return k == null ? Integer.MAX_VALUE : k.ordinal();
    }

    private record Parsed(String bv, String knelpunt, MetricSummary summary) { }
}
