package nl.ketensim.experiment;

import java.util.ArrayList;
import java.util.List;
import nl.ketensim.results.Metric;
import nl.ketensim.stats.PairedDifference;

/**
 * Paired differences of every variant against variant 0 (the base), metric by metric, over
 * replications run with common random numbers: replication r of both uses random substream r.
 * When the variants have different counts, the pairs are the replications both have.
 */
public final class Comparison {

    private Comparison() { }

    /**
     * One metric of one scenario against the base.
     *
     * @param scenario the variant's name
     * @param group    population group
     * @param metric   metric name
     * @param unit     unit of means and difference
     * @param paired   scenario - base, paired over replications
     */
    public record Row(String scenario, String group, String metric, String unit, PairedDifference paired) { }

    /** Rows for variants 1.. in plan order, metrics in the model's order. */
    public static List<Row> of(StudyPlan plan, StudyResults results) {
        List<Row> rows = new ArrayList<>();
        List<Metric> layout = results.variant(0).get(0).metrics();
        for (int v = 1; v < results.variants().size(); v++) {
            for (int m = 0; m < layout.size(); m++) {
                Metric metric = layout.get(m);
                int pairs = Math.min(results.variant(0).size(), results.variant(v).size());
                rows.add(new Row(plan.variants().get(v).name(), metric.group(), metric.metric(), metric.unit(),
                        PairedDifference.of(results.values(0, m, pairs), results.values(v, m, pairs))));
            }
        }
        return rows;
    }
}
