package nl.ketensim.report;

import java.util.List;

/**
 * The provenance fields of {@code manifest.json} that charts and the report show. Missing text
 * fields are empty strings; a missing number is NaN (years) or -1 (seed, replications, threads).
 *
 * @param scenario        scenario name
 * @param scenarioFile    the scenario file as given on the command line
 * @param scenarioSha256  SHA-256 of the scenario file, lower-case hex
 * @param overrides       {@code --set} overrides in command-line order
 * @param seed            experiment seed
 * @param replications    replications run
 * @param years           measured years per replication (years)
 * @param threads         worker threads
 * @param version         ketensim version
 * @param javaVersion     Java runtime version
 * @param startTime       ISO-8601 start time of the run
 */
public record Manifest(String scenario, String scenarioFile, String scenarioSha256, List<String> overrides,
                       long seed, int replications, double years, int threads, String version,
                       String javaVersion, String startTime) {

    public Manifest {
        overrides = List.copyOf(overrides);
    }

    /** A manifest with nothing known, for folders without {@code manifest.json}. */
    public static Manifest unknown() {
        return new Manifest("", "", "", List.of(), -1, -1, Double.NaN, -1, "", "", "");
    }
}
