package nl.ketensim.cli;

import java.io.PrintWriter;
import java.util.Locale;
import nl.ketensim.experiment.ProgressListener;

/**
 * A single self-overwriting progress bar on the terminal ({@code \r}), e.g.
 * {@code [#########...........] 37/80 runs, 42 s, about 49 s left}. It appears only once a run has
 * taken longer than {@link #DELAY_SECONDS}, so short runs stay quiet. One "run" is one
 * replication of one scenario.
 */
final class ProgressLine implements ProgressListener {

    /** Seconds before the line first appears. */
    static final double DELAY_SECONDS = 3.0;

    private static final int WIDTH = 24;

    private final PrintWriter err;
    private final long startNanos = System.nanoTime();
    private boolean shown;

    ProgressLine(PrintWriter err) {
        this.err = err;
    }

    @Override
    public synchronized void replicationDone(int completed, int total) {
        double elapsed = (System.nanoTime() - startNanos) / 1e9;
        if (elapsed < DELAY_SECONDS) {
            return;
        }
        err.print("\r" + line(completed, total, elapsed));
        err.flush();
        shown = true;
    }

    /** The bar for {@code completed} of {@code total} runs after {@code elapsed} seconds. */
    static String line(int completed, int total, double elapsed) {
        int filled = total > 0 ? (int) ((long) WIDTH * completed / total) : WIDTH;
        String bar = "#".repeat(filled) + ".".repeat(WIDTH - filled);
        String left = completed > 0 && completed < total
                ? String.format(Locale.ROOT, ", about %s left", duration(elapsed * (total - completed) / completed))
                : "";
        return String.format(Locale.ROOT, "[%s] %d/%d runs, %s%s   ", bar, completed, total, duration(elapsed), left);
    }

    private static String duration(double seconds) {
        if (seconds < 120) {
            return String.format(Locale.ROOT, "%.0f s", seconds);
        }
        return String.format(Locale.ROOT, "%.0f min", seconds / 60);
    }

    /** Ends the line, if one was shown. */
    synchronized void finish() {
        if (shown) {
            err.println();
            err.flush();
            shown = false;
        }
    }
}
