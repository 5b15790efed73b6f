package nl.ketensim.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.ketensim.results.Metric;
import nl.ketensim.results.ReplicationResult;

/**
 * Per-metric summaries of an experiment, in the model's metric order.
 *
 * @param metrics one summary per (group, metric), in the order the replications list them
 */
public record ExperimentSummary(List<MetricSummary> metrics) {

    public ExperimentSummary {
        metrics = List.copyOf(metrics);
    }

    /**
     * Summarises replications that share one metric layout (as guaranteed by
     * {@link nl.ketensim.experiment.ExperimentResult}): position m of every replication is metric m.
     */
    public static ExperimentSummary of(List<ReplicationResult> replications) {
        if (replications.isEmpty()) {
            return new ExperimentSummary(List.of());
        }
        List<Metric> layout = replications.get(0).metrics();
        List<MetricSummary> summaries = new ArrayList<>(layout.size());
        double[] values = new double[replications.size()];
        for (int m = 0; m < layout.size(); m++) {
            for (int r = 0; r < values.length; r++) {
                values[r] = replications.get(r).metrics().get(m).value();
            }
            Metric metric = layout.get(m);
            summaries.add(new MetricSummary(metric.group(), metric.metric(), metric.unit(),
                    StudentTInterval.mean95(values)));
        }
        return new ExperimentSummary(summaries);
    }

    /** The summary of {@code group|metric}, if the model measured it. */
    public Optional<MetricSummary> find(String group, String metric) {
        return metrics.stream()
                .filter(s -> s.group().equals(group) && s.metric().equals(metric))
                .findFirst();
    }
}
