package nl.ketensim.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * While a command computes and writes its folder, SIGINT (Ctrl-C) or SIGTERM (e.g. a scheduler
 * cancelling the job) prints what happened to it. The unfinished folder itself is removed by
 * {@link nl.ketensim.output.AtomicFolder}'s shutdown hook; only SIGKILL leaves it.
 */
final class InterruptNotice implements AutoCloseable {

    private final Thread hook;

    private InterruptNotice(Path folder, PrintWriter err) {
        this.hook = new Thread(() -> {
            err.println(Files.exists(folder)
                    ? "ketensim: stopped by a signal after the results were written to " + folder
                    : "ketensim: stopped by a signal; no results folder was written (" + folder + ")");
            err.flush();
        }, "ketensim-interrupt-notice");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** Watches until {@link #close()}. */
    static InterruptNotice watch(Path folder, PrintWriter err) {
        return new InterruptNotice(folder, err);
    }

    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is stopping: the notice prints
        }
    }
}
