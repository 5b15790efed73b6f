package nl.ketensim.results;

import java.util.List;

/**
 * Everything one replication measured. Every replication of a scenario lists the same metrics in
 * the same order, so results can be combined position by position.
 *
 * @param replication     replication index r (uses random substream r)
 * @param metrics         measured values in a fixed order
 * @param series          values per four-week period from time 0, warm-up included, in a fixed
 *                        order (period by period)
 * @param eventsProcessed SSJ events executed, initialisation and warm-up included
 */
public record ReplicationResult(int replication, List<Metric> metrics, List<SeriesPoint> series,
                                long eventsProcessed) {

    public ReplicationResult {
        metrics = List.copyOf(metrics);
        series = List.copyOf(series);
    }

    /** A result without period series (e.g. from a test double). */
    public ReplicationResult(int replication, List<Metric> metrics, long eventsProcessed) {
        this(replication, metrics, List.of(), eventsProcessed);
    }
}
