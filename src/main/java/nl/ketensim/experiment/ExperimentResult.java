package nl.ketensim.experiment;

import java.util.List;
import nl.ketensim.results.Metric;
import nl.ketensim.results.ReplicationResult;

/**
 * The replications of one experiment, in replication order (index i holds replication i).
 * Checks the model contract: every replication lists the same (group, metric, unit) in the
 * same order.
 *
 * @param replications the results, replication 0..n-1, n &ge; 1
 * @param threads      worker threads used (&ge; 1)
 * @param wallSeconds  wall-clock time of all replications together (seconds)
 */
public record ExperimentResult(List<ReplicationResult> replications, int threads, double wallSeconds) {

    public ExperimentResult {
        replications = List.copyOf(replications);
        if (replications.isEmpty()) {
            throw new IllegalArgumentException("an experiment has at least one replication");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        checkSameMetrics(replications);
    }

    /** Number of replications. */
    public int size() {
        return replications.size();
    }

    /** SSJ events executed over all replications, warm-up included. */
    public long totalEvents() {
        long total = 0;
        for (ReplicationResult r : replications) {
            total += r.eventsProcessed();
        }
        return total;
    }

    /** The (group, metric, unit) list shared by all replications; values are those of replication 0. */
    public List<Metric> metricLayout() {
        return replications.get(0).metrics();
    }

    private static void checkSameMetrics(List<ReplicationResult> replications) {
        List<Metric> first = replications.get(0).metrics();
        for (int i = 0; i < replications.size(); i++) {
            ReplicationResult r = replications.get(i);
            if (r.replication() != i) {
                throw new IllegalArgumentException(
                        "position " + i + " holds replication " + r.replication());
            }
            List<Metric> metrics = r.metrics();
            if (metrics.size() != first.size()) {
                throw new IllegalArgumentException("replication " + i + " has " + metrics.size()
                        + " metrics, replication 0 has " + first.size());
            }
            for (int m = 0; m < metrics.size(); m++) {
                Metric a = first.get(m);
                Metric b = metrics.get(m);
                if (!a.group().equals(b.group()) || !a.metric().equals(b.metric())
                        || !a.unit().equals(b.unit())) {
                    throw new IllegalArgumentException("replication " + i + " metric " + m + " is "
                            + b.key() + " [" + b.unit() + "], replication 0 has " + a.key()
                            + " [" + a.unit() + "]");
                }
            }
        }
    }
}
