package nl.ketensim.output;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What was run, with what, and how long it took: enough to reproduce and to compare runs.
 *
 * @param scenarioName    the scenario's name
 * @param scenarioFile    the scenario file as given on the command line
 * @param scenarioSha256  SHA-256 of the scenario file's bytes, lower-case hex
 * @param resolvedSha256  SHA-256 of the resolved scenario (extends chain and overrides applied)
 * @param overrides       {@code --set PATH=VALUE} overrides, in command-line order
 * @param seed            experiment seed
 * @param replications    replications run
 * @param years           measured years per replication (years)
 * @param threads         worker threads used
 * @param version         ketensim version
 * @param git             git commit and dirty flag of the ketensim build
 * @param javaVersion     Java runtime version
 * @param startTime       when the run started
 * @param wallSeconds     wall-clock time of the replications (seconds)
 * @param eventsProcessed SSJ events executed over all replications
 */
public record RunManifest(String scenarioName, String scenarioFile, String scenarioSha256,
                          String resolvedSha256, List<String> overrides, long seed, int replications, double years,
                          int threads, String version, GitRevision git, String javaVersion, OffsetDateTime startTime,
                          double wallSeconds, long eventsProcessed) {

    public RunManifest {
        overrides = List.copyOf(overrides);
    }

    /** Events per wall-clock second; NaN when no time was measured. */
    public double eventsPerSecond() {
        return wallSeconds > 0 ? eventsProcessed / wallSeconds : Double.NaN;
    }
}
