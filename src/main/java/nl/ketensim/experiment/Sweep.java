package nl.ketensim.experiment;

import java.util.ArrayList;
import java.util.List;
import nl.ketensim.stats.ExperimentSummary;
import nl.ketensim.stats.MetricSummary;

/**
 * A one- or two-parameter grid: variant v sets {@code param1} to its label {@code value1} (and
 * {@code param2} to {@code value2}); each point is summarised by mean and Student-t 95% interval
 * per metric. All points share the seed, so neighbouring points differ by the parameter, not by
 * noise (common random numbers).
 */
public final class Sweep {

    /** Settings and labels a sweep plan carries. */
    public static final String PARAM1 = "param1";
    public static final String PARAM2 = "param2";
    public static final String VALUE1 = "value1";
    public static final String VALUE2 = "value2";

    private Sweep() { }

    /**
     * @param value1  the first parameter's value at this point, as given
     * @param value2  the second's, or "" in a one-parameter sweep
     * @param summary the metric at this point
     */
    public record Row(String value1, String value2, MetricSummary summary) { }

    /** Rows point by point (plan order), metrics in the model's order. */
    public static List<Row> of(StudyPlan plan, StudyResults results) {
        List<Row> rows = new ArrayList<>();
        for (int v = 0; v < plan.variants().size(); v++) {
            StudyPlan.Variant point = plan.variants().get(v);
            for (MetricSummary s : ExperimentSummary.of(results.variant(v)).metrics()) {
                rows.add(new Row(point.label(VALUE1), point.label(VALUE2), s));
            }
        }
        return rows;
    }
}
