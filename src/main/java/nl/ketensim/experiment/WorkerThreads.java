package nl.ketensim.experiment;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** Daemon threads named {@code ketensim-study-k}, so a stuck run never blocks JVM exit. */
final class WorkerThreads implements ThreadFactory {

    static final WorkerThreads INSTANCE = new WorkerThreads();

    private final AtomicInteger next = new AtomicInteger();

    @Override
    public Thread newThread(Runnable task) {
        Thread thread = new Thread(task, "ketensim-study-" + next.getAndIncrement());
        thread.setDaemon(true);
        return thread;
    }
}
