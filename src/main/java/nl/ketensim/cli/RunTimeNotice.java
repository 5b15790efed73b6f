package nl.ketensim.cli;

import java.util.Locale;
import java.util.Optional;

/**
 * The line printed before a run that will take long: its estimated wall-clock time from
 * {@link nl.ketensim.scenario.WorkEstimate}, so that a user who typed three zeros too many
 * can stop it at once.
 */
final class RunTimeNotice {

    /** Runs estimated to take longer than this (seconds) get the line. */
    static final double LONG_SECONDS = 60;

    private RunTimeNotice() { }

    /**
     * @param secondsPerReplication estimated seconds of one replication of every variant on one thread
     * @param replications          replications to run (the maximum under {@code --precision})
     * @param variants              scenarios of the study
     * @param threads               worker threads
     * @return the line, or empty for a short run
     */
    static Optional<String> line(double secondsPerReplication, int replications, int variants, int threads) {
        return line(secondsPerReplication, replications, variants, threads, false);
    }

    /**
     * @param upTo whether {@code replications} is only the upper limit of a sequential design
     *             ({@code --precision}): the line then says "at most"
     */
    static Optional<String> line(double secondsPerReplication, int replications, int variants, int threads,
                                 boolean upTo) {
        long runs = (long) replications * variants;
        int parallel = (int) Math.max(1, Math.min(threads, runs));
        double seconds = secondsPerReplication * replications / parallel;
        if (!(seconds > LONG_SECONDS)) {
            return Optional.empty();
        }
        String what = replications + " replication" + (replications == 1 ? "" : "s")
                + (variants > 1 ? " × " + variants + " scenarios" : "");
        return Optional.of(String.format(Locale.ROOT, "Estimated run time: %s %s (%s on %d thread%s; a rough "
                + "estimate from inflow and stay). Ctrl-C stops the run and leaves no folder.",
                upTo ? "at most about" : "about", duration(seconds), what, parallel, parallel == 1 ? "" : "s"));
    }

    private static String duration(double seconds) {
        if (seconds < 5400) {
            return String.format(Locale.ROOT, "%.0f min", Math.ceil(seconds / 60));
        }
        return String.format(Locale.ROOT, "%.1f hours", seconds / 3600);
    }
}
