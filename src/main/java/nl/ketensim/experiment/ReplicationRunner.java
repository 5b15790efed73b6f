package nl.ketensim.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import nl.ketensim.model.ReplicationResult;

/**
 * Runs replications 0..n-1 on a fixed pool of worker threads. Results are collected by
 * replication index, so the {@link ExperimentResult} is identical for any thread count as long
 * as the {@link ReplicationFunction} depends only on its index.
 */
public final class ReplicationRunner {

    private final int threads;
    private final ProgressListener progress;

    /**
     * @param threads  worker threads, &ge; 1 (more threads than replications are not started)
     * @param progress told after each finished replication; {@link ProgressListener#NONE} for none
     */
    public ReplicationRunner(int threads, ProgressListener progress) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        this.threads = threads;
        this.progress = java.util.Objects.requireNonNull(progress, "progress");
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
        int workers = Math.min(threads, replications);
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(workers, new WorkerThreads());
        try {
            Counter counter = new Counter(replications);
            List<Future<ReplicationResult>> futures = new ArrayList<>(replications);
            for (int r = 0; r < replications; r++) {
                final int index = r;
                futures.add(pool.submit(() -> counter.done(checked(index, replication.run(index)))));
            }
            List<ReplicationResult> results = collect(futures);
            double wallSeconds = (System.nanoTime() - start) / 1e9;
            return new ExperimentResult(results, workers, wallSeconds);
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

    private static List<ReplicationResult> collect(List<Future<ReplicationResult>> futures) {
        List<ReplicationResult> results = new ArrayList<>(futures.size());
        for (int r = 0; r < futures.size(); r++) {
            try {
                results.add(futures.get(r).get());
            } catch (ExecutionException e) {
                throw new ReplicationFailedException(r, e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for replication " + r, e);
            }
        }
        return results;
    }

    /** Counts finished replications and tells the listener, one call at a time. */
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

    /** Daemon threads named {@code ketensim-replication-k}, so a stuck run never blocks JVM exit. */
    private static final class WorkerThreads implements ThreadFactory {
        private final AtomicInteger next = new AtomicInteger();

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, "ketensim-replication-" + next.getAndIncrement());
            thread.setDaemon(true);
            return thread;
        }
    }
}
