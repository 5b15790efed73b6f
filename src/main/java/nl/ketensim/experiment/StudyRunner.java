package nl.ketensim.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.ketensim.results.ReplicationResult;

/**
 * Runs the given replications of several variants (scenarios) on one pool of worker threads.
 * Every variant's replication r uses random substream r of the same seed (common random
 * numbers). Tasks are ordered replication by replication, so all variants progress together;
 * results are collected by (variant, replication), so they do not depend on the thread count.
 */
public final class StudyRunner {

    private final int threads;
    private final ProgressListener progress;

    /**
     * @param threads  worker threads, &ge; 1
     * @param progress told after each finished (variant, replication) run
     */
    public StudyRunner(int threads, ProgressListener progress) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        this.threads = threads;
        this.progress = Objects.requireNonNull(progress, "progress");
    }

    /**
     * @param variants     one replication function per variant
     * @param replications the replication indices to run, ascending
     * @throws ReplicationFailedException when a run throws (the others are cancelled)
     */
    public StudyResults run(List<ReplicationFunction> variants, List<Integer> replications) {
        List<List<Integer>> perVariant = new ArrayList<>();
        for (int v = 0; v < variants.size(); v++) {
            perVariant.add(replications);
        }
        return runEach(variants, perVariant);
    }

    /**
     * Runs its own replication indices for each variant (a sequential design that refines some
     * variants only). Tasks are ordered by replication index, then variant.
     *
     * @param variants     one replication function per variant
     * @param replications per variant the replication indices to run, ascending (may be empty)
     * @throws ReplicationFailedException when a run throws (the others are cancelled)
     */
    public StudyResults runEach(List<ReplicationFunction> variants, List<List<Integer>> replications) {
        if (replications.size() != variants.size()) {
            throw new IllegalArgumentException("need replication indices for each of " + variants.size()
                    + " variants, got " + replications.size());
        }
        int total = replications.stream().mapToInt(List::size).sum();
        int workers = Math.max(1, Math.min(threads, total));
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(workers, WorkerThreads.INSTANCE);
        try {
            Counter counter = new Counter(total);
            List<List<Future<ReplicationResult>>> futures = new ArrayList<>();
            for (int v = 0; v < variants.size(); v++) {
                futures.add(new ArrayList<>());
            }
            int longest = replications.stream().mapToInt(List::size).max().orElse(0);
            for (int i = 0; i < longest; i++) {
                for (int v = 0; v < variants.size(); v++) {
                    if (i < replications.get(v).size()) {
                        int r = replications.get(v).get(i);
                        ReplicationFunction function = variants.get(v);
                        futures.get(v).add(pool.submit(() -> counter.done(checked(r, function.run(r)))));
                    }
                }
            }
            List<List<ReplicationResult>> results = new ArrayList<>();
            for (int v = 0; v < variants.size(); v++) {
                results.add(collect(futures.get(v), replications.get(v)));
            }
            return new StudyResults(results, workers, (System.nanoTime() - start) / 1e9);
        } finally {
            pool.shutdownNow();
        }
    }

    private static ReplicationResult checked(int index, ReplicationResult result) {
        if (result == null || result.replication() != index) {
            throw new IllegalStateException("replication " + index + " returned the result of "
                    + (result == null ? "nothing" : "replication " + result.replication()));
        }
        return result;
    }

    private static List<ReplicationResult> collect(List<Future<ReplicationResult>> futures, List<Integer> indices) {
        List<ReplicationResult> results = new ArrayList<>(futures.size());
        for (int i = 0; i < futures.size(); i++) {
            try {
                results.add(futures.get(i).get());
            } catch (ExecutionException e) {
                throw new ReplicationFailedException(indices.get(i), e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for replication " + indices.get(i), e);
            }
        }
        return results;
    }

    /** Counts finished runs and tells the listener, one call at a time. */
    private final class Counter {
        private final int total;
        private int completed;

        Counter(int total) {
            this.total = total;
        }

        synchronized ReplicationResult done(ReplicationResult result) {
            completed++;
            progress.replicationDone(completed, total);
            return result;
        }
    }
}
