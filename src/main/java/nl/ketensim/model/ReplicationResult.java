package nl.ketensim.model;

import java.util.List;

/**
 * Everything one replication measured. Every replication of a scenario lists the same metrics in
 * the same order, so results can be combined position by position.
 *
 * @param replication     replication index r (uses random substream r)
 * @param metrics         measured values in a fixed order
 * @param eventsProcessed SSJ events executed, initialisation and warm-up included
 */
public record ReplicationResult(int replication, List<Metric> metrics, long eventsProcessed) {

    public ReplicationResult {
        metrics = List.copyOf(metrics);
    }
}
