package nl.ketensim.experiment;

import java.util.ArrayList;
import java.util.List;
import nl.ketensim.domain.Knelpunt;
import nl.ketensim.results.ReplicationResult;
import nl.ketensim.stats.IntervalEstimate;
import nl.ketensim.stats.PairedDifference;
import nl.ketensim.stats.StudentTInterval;

/**
 * Counterfactual attribution: for each chosen knelpunt the missed basisvoorwaarden per year that
 * relieving it alone prevents (base minus relieved, paired per replication under common random
 * numbers), and the same for all chosen knelpunten relieved together, set beside the
 * descriptive attribution of the base run. A relief run for fewer replications than the base
 * ({@link ReliefPrecision}) is paired with the base's replications of the same indices.
 *
 * <p>Plan layout: setting {@link #KNELPUNTEN} lists the chosen knelpunt keys (comma-separated);
 * each variant has label {@link #MASK}, the set of relieved knelpunten as bits in that order
 * (variant with mask 0 is the base).
 */
public final class ReliefAnalysis {

    /** Setting: the chosen knelpunten, comma-separated keys, in factor order. */
    public static final String KNELPUNTEN = "knelpunten";
    /** Setting: {@code true} when the plan is a full factorial design. */
    public static final String FACTORIAL = "factorial";
    /** Label: bit j set = knelpunt j relieved. */
    public static final String MASK = "mask";
    /** The row name of all chosen knelpunten relieved together. */
    public static final String ALL_RELIEVED = "alle";

    private ReliefAnalysis() { }

    /**
     * @param knelpunt        knelpunt key, or {@link #ALL_RELIEVED}
     * @param basisvoorwaarde basisvoorwaarde key, or {@link MissedResponses#ALL}
     * @param prevented       base - relieved per replication: baseMean() is the relieved mean,
     *                        otherMean() the base mean, difference() the prevented misses (persons/year)
     * @param descriptive     the base run's missed per year attributed to this knelpunt
     *                        (descriptive view); n = 0 for {@link #ALL_RELIEVED}
     */
    public record Row(String knelpunt, String basisvoorwaarde, PairedDifference prevented,
                      IntervalEstimate descriptive) { }

    /** The chosen knelpunten of a plan, in factor order. */
    public static List<Knelpunt> knelpunten(StudyPlan plan) {
        List<Knelpunt> list = new ArrayList<>();
        for (String key : plan.setting(KNELPUNTEN).split(",")) {
            Knelpunt k = Knelpunt.fromKey(key);
            if (k == null) {
                throw new IllegalArgumentException("unknown knelpunt in plan: " + key);
            }
            list.add(k);
        }
        return list;
    }

    /** The variant index of each mask (−1 where the plan has no such variant), length 2^k. */
    public static int[] variantByMask(StudyPlan plan) {
        int[] byMask = new int[1 << knelpunten(plan).size()];
        java.util.Arrays.fill(byMask, -1);
        for (int v = 0; v < plan.variants().size(); v++) {
            byMask[Integer.parseInt(plan.variants().get(v).label(MASK))] = v;
        }
        return byMask;
    }

    /** Rows knelpunt by knelpunt (factor order, then {@link #ALL_RELIEVED}), basisvoorwaarden within. */
    public static List<Row> of(StudyPlan plan, StudyResults results) {
        List<Knelpunt> chosen = knelpunten(plan);
        int[] byMask = variantByMask(plan);
        List<ReplicationResult> base = results.variant(byMask[0]);
        List<String> bvs = MissedResponses.basisvoorwaarden(base.get(0).metrics());
        List<Row> rows = new ArrayList<>();
        for (int j = 0; j <= chosen.size(); j++) {
            boolean all = j == chosen.size();
            int mask = all ? byMask.length - 1 : 1 << j;
            List<ReplicationResult> relieved = results.variant(byMask[mask]);
            List<ReplicationResult> paired = base.subList(0, Math.min(base.size(), relieved.size()));
            relieved = relieved.subList(0, paired.size());
            for (String bv : bvs) {
                PairedDifference prevented = PairedDifference.of(
                        MissedResponses.totals(relieved, bv), MissedResponses.totals(paired, bv));
                IntervalEstimate descriptive = all
                        ? new IntervalEstimate(0, Double.NaN, Double.NaN, Double.NaN)
                        : StudentTInterval.mean95(attributed(base, bv, chosen.get(j)));
                rows.add(new Row(all ? ALL_RELIEVED : chosen.get(j).key(), bv, prevented, descriptive));
            }
        }
        return rows;
    }

    private static double[] attributed(List<ReplicationResult> results, String bv, Knelpunt knelpunt) {
        double[] values = new double[results.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = MissedResponses.attributed(results.get(i), bv, knelpunt);
        }
        return values;
    }
}
