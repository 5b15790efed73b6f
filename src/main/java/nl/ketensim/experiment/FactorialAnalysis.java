package nl.ketensim.experiment;

import java.util.ArrayList;
import java.util.List;
import nl.ketensim.domain.Knelpunt;
import nl.ketensim.results.ReplicationResult;
import nl.ketensim.stats.IntervalEstimate;
import nl.ketensim.stats.StudentTInterval;

/**
 * Main effects and two-way interactions of relieving knelpunten in a full 2^k design, on the
 * missed basisvoorwaarden per year. Each replication r gives one estimate of every effect from
 * the 2^k design points of replication r (all on random substream r); the Student-t 95%
 * interval is over those per-replication estimates. An effect is the change in missed per year
 * from relieving (negative = fewer misses).
 */
public final class FactorialAnalysis {

    private FactorialAnalysis() { }

    /**
     * @param factor1         knelpunt key of the (first) factor
     * @param factor2         second knelpunt key of an interaction, "" for a main effect
     * @param basisvoorwaarde basisvoorwaarde key or {@link MissedResponses#ALL}
     * @param effect          effect on missed per year (persons/year)
     */
    public record Row(String factor1, String factor2, String basisvoorwaarde, IntervalEstimate effect) { }

    /** Rows effect by effect (main effects, then interactions), basisvoorwaarden within. */
    public static List<Row> of(StudyPlan plan, StudyResults results) {
        List<Knelpunt> factors = ReliefAnalysis.knelpunten(plan);
        FactorialDesign design = new FactorialDesign(factors.size());
        int[] byMask = ReliefAnalysis.variantByMask(plan);
        for (int v : byMask) {
            if (v < 0) {
                throw new IllegalArgumentException("the plan is not a full factorial design");
            }
        }
        int n = results.replications();
        List<String> bvs = MissedResponses.basisvoorwaarden(results.variant(0).get(0).metrics());
        List<Row> rows = new ArrayList<>();
        for (FactorialDesign.Effect effect : design.effects()) {
            for (String bv : bvs) {
                double[] perReplication = new double[n];
                double[] response = new double[design.points()];
                for (int i = 0; i < n; i++) {
                    for (int mask = 0; mask < response.length; mask++) {
                        ReplicationResult r = results.variant(byMask[mask]).get(i);
                        response[mask] = MissedResponses.total(r, bv);
                    }
                    perReplication[i] = design.estimate(effect, response);
                }
                rows.add(new Row(factors.get(effect.first()).key(),
                        effect.isMain() ? "" : factors.get(effect.second()).key(), bv,
                        StudentTInterval.mean95(perReplication)));
            }
        }
        return rows;
    }
}
