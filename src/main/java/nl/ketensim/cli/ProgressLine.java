package nl.ketensim.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.DoubleSupplier;
import nl.ketensim.experiment.ProgressListener;

/**
 * Progress of a run on stderr, e.g. {@code [#########...........] 37/80 runs, 42 s, about 49 s left}.
 * On a terminal it is a single self-overwriting line ({@code \r}); otherwise (a batch log, a pipe)
 * a plain line every {@link #STEP_PERCENT}% so that logs get no carriage returns. It appears only
 * once a run has taken longer than {@link #DELAY_SECONDS}, so short runs stay quiet. One "run" is
 * one replication of one scenario. A sequential design runs in rounds, each counting from 1 again:
 * the line adds the runs of the rounds before, so it shows the runs done so far of those planned
 * so far.
 */
final class ProgressLine implements ProgressListener {

    /** Seconds before the line first appears. */
    static final double DELAY_SECONDS = 3.0;
    /** Percent of the runs between two plain lines. */
    static final int STEP_PERCENT = 5;

    private static final int WIDTH = 24;

    private final PrintWriter err;
    private final boolean terminal;
    private final DoubleSupplier elapsedSeconds;
    private boolean shown;
    private int lastStep = -1;
    private int lastCompleted;
    private int lastTotal;
    private int doneBefore;

    /** Progress on {@code err}, overwriting itself only when stderr is a terminal. */
    ProgressLine(PrintWriter err) {
        this(err, Terminal.isStderr(), clockFrom(System.nanoTime()));
    }

    /**
     * @param terminal       whether {@code err} is a terminal
     * @param elapsedSeconds seconds since the run started
     */
    ProgressLine(PrintWriter err, boolean terminal, DoubleSupplier elapsedSeconds) {
        this.err = err;
        this.terminal = terminal;
        this.elapsedSeconds = elapsedSeconds;
    }

    private static DoubleSupplier clockFrom(long startNanos) {
        return () -> (System.nanoTime() - startNanos) / 1e9;
    }

    @Override
    public synchronized void replicationDone(int roundCompleted, int roundTotal) {
        if (roundCompleted <= lastCompleted) {
            doneBefore += lastTotal;
        }
        lastCompleted = roundCompleted;
        lastTotal = roundTotal;
        int completed = doneBefore + roundCompleted;
        int total = doneBefore + roundTotal;
        double elapsed = elapsedSeconds.getAsDouble();
        if (elapsed < DELAY_SECONDS) {
            return;
        }
        if (terminal) {
            err.print("\r" + line(completed, total, elapsed));
            shown = true;
        } else {
            int step = total > 0 ? (int) (100L * completed / total / STEP_PERCENT) : 0;
            if (step == lastStep) {
                return;
            }
            lastStep = step;
            err.println(line(completed, total, elapsed).stripTrailing());
        }
        err.flush();
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

    /** Ends the line, if one was shown on a terminal. */
    synchronized void finish() {
        if (shown) {
            err.println();
            err.flush();
            shown = false;
        }
    }
}
