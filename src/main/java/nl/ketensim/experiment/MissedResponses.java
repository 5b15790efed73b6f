package nl.ketensim.experiment;

import java.util.ArrayList;
import java.util.List;
import nl.ketensim.domain.Basisvoorwaarde;
import nl.ketensim.domain.Knelpunt;
import nl.ketensim.results.Group;
import nl.ketensim.results.Metric;
import nl.ketensim.results.MetricFamily;
import nl.ketensim.results.ReplicationResult;

/**
 * Missed basisvoorwaarden per year (persons/year) read from the metrics
 * {@code all|missed_per_year.<basisvoorwaarde>.<knelpunt>} of one replication. The total of a
 * basisvoorwaarde is the sum over its knelpunten; {@link #ALL} sums every basisvoorwaarde.
 */
public final class MissedResponses {

    /** Pseudo-basisvoorwaarde: all basisvoorwaarden together. */
    public static final String ALL = "all";

    private MissedResponses() { }

    /** The basisvoorwaarden with missed metrics in this layout, in enum order, then {@link #ALL}. */
    public static List<String> basisvoorwaarden(List<Metric> layout) {
        List<String> keys = new ArrayList<>();
        for (Basisvoorwaarde b : Basisvoorwaarde.values()) {
            for (Metric m : layout) {
                if (matches(m, b.key(), null)) {
                    keys.add(b.key());
                    break;
                }
            }
        }
        keys.add(ALL);
        return keys;
    }

    /** Missed per year of {@code basisvoorwaarde} (or {@link #ALL}), over all knelpunten. */
    public static double total(ReplicationResult result, String basisvoorwaarde) {
        return sum(result, basisvoorwaarde, null);
    }

    /** Missed per year of {@code basisvoorwaarde} (or {@link #ALL}) attributed to {@code knelpunt}. */
    public static double attributed(ReplicationResult result, String basisvoorwaarde, Knelpunt knelpunt) {
        return sum(result, basisvoorwaarde, knelpunt.key());
    }

    /** {@link #total} of each replication. */
    public static double[] totals(List<ReplicationResult> results, String basisvoorwaarde) {
        double[] values = new double[results.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = total(results.get(i), basisvoorwaarde);
        }
        return values;
    }

    private static double sum(ReplicationResult result, String bv, String knelpunt) {
        double sum = 0;
        for (Metric m : result.metrics()) {
            if (matches(m, ALL.equals(bv) ? null : bv, knelpunt)) {
                sum += m.value();
            }
        }
        return sum;
    }

    private static boolean matches(Metric m, String bv, String knelpunt) {
        if (!m.group().equals(Group.ALL.key())) {
            return false;
        }
        return MetricFamily.MISSED_PER_YEAR.parse(m.metric())
                .filter(n -> (bv == null || n.part(0).key().equals(bv))
                        && (knelpunt == null || n.part(1).key().equals(knelpunt)))
                .isPresent();
    }
}
