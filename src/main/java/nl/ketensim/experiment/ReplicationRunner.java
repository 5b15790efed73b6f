package nl.ketensim.experiment;

import java.util.Objects;
import java.util.stream.IntStream;

/**
 * Runs replications 0..n-1 of one scenario on a fixed pool of worker threads: a
 * {@link StudyRunner} with a single variant. Results are collected by replication index, so the
 * {@link ExperimentResult} is identical for any thread count as long as the
 * {@link ReplicationFunction} depends only on its index.
 */
public final class ReplicationRunner {

    private final StudyRunner runner;

    /**
     * @param threads  worker threads, &ge; 1 (more threads than replications are not started)
     * @param progress told after each finished replication; {@link ProgressListener#NONE} for none
     */
    public ReplicationRunner(int threads, ProgressListener progress) {
        this.runner = new StudyRunner(threads, Objects.requireNonNull(progress, "progress"));
    }

    /** Worker threads to use by default: the available processors. */
    public static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }

    /**
     * Runs replications 0..replications-1.
     *
     * @throws ReplicationFailedException when a replication throws (the remaining ones are cancelled)
     */
    public ExperimentResult run(int replications, ReplicationFunction replication) {
        if (replications < 1) {
            throw new IllegalArgumentException("replications must be >= 1, got " + replications);
        }
        StudyResults results = runner.run(java.util.List.of(replication),
                IntStream.range(0, replications).boxed().toList());
        return new ExperimentResult(results.variant(0), results.threads(), results.wallSeconds());
    }
}
