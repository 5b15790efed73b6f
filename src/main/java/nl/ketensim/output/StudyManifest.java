package nl.ketensim.output;

import java.time.OffsetDateTime;
import nl.ketensim.experiment.StudyPlan;

/**
 * What a study (compare, sweep, knelpunten, warmup, or a shard of any command) ran, and how long
 * it took.
 *
 * @param plan            the study plan (command, seed, years, replications, variants)
 * @param shard           {@code i/n}; {@code 0/1} for an unsharded run; "merged" after {@code merge}
 * @param precision       the {@code --precision} target (fraction of the mean), NaN when not used
 * @param precisionMet    whether that target was met (false when not used)
 * @param precisionOptions the options that set the replication counts under {@code --precision}
 *                        (target, start, limit and, for knelpunten, {@code --min-effect}), as given
 *                        on the command line to repeat the run; empty when not used
 * @param threads         worker threads used
 * @param version         ketensim version
 * @param git             git commit and dirty flag of the ketensim build
 * @param javaVersion     Java runtime version
 * @param startTime       when the run started (the earliest shard's after merge)
 * @param wallSeconds     wall-clock time of the replications (seconds; summed over shards after merge)
 * @param eventsProcessed SSJ events executed
 */
public record StudyManifest(StudyPlan plan, String shard, double precision, boolean precisionMet,
                            String precisionOptions, int threads,
                            String version, GitRevision git, String javaVersion, OffsetDateTime startTime, double wallSeconds,
                            long eventsProcessed) {

    /** Events per wall-clock second; NaN when no time was measured. */
    public double eventsPerSecond() {
        return wallSeconds > 0 ? eventsProcessed / wallSeconds : Double.NaN;
    }
}
