package nl.ketensim.experiment;

/**
 * Told each time a replication finishes. Calls are serialised by the runner (never concurrent)
 * and {@code completed} increases by one per call.
 */
@FunctionalInterface
public interface ProgressListener {

    /** A listener that ignores progress. */
    ProgressListener NONE = (completed, total) -> { };

    /**
     * @param completed replications finished so far, 1..total
     * @param total     replications in the experiment
     */
    void replicationDone(int completed, int total);
}
