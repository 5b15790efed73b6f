package nl.ketensim.cli;

import java.io.PrintWriter;
import java.util.Locale;
import nl.ketensim.experiment.ProgressListener;

/**
 * A single self-overwriting progress line on the terminal ({@code \r}), shown only once a run
 * has taken longer than {@link #DELAY_SECONDS}, so short runs stay quiet.
 */
final class ProgressLine implements ProgressListener {

    /** Seconds before the line first appears. */
    static final double DELAY_SECONDS = 3.0;

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
        err.printf(Locale.ROOT, "\rreplication %d/%d done, %.0f s", completed, total, elapsed);
        err.flush();
        shown = true;
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
