package nl.ketensim.report;

import java.util.List;

/**
 * The provenance fields of {@code manifest.json} that charts and the report show. Missing text
 * fields are empty strings; a missing number is NaN (years) or -1 (seed, replications, threads).
 * A {@code run} writes the single-scenario manifest; the other study commands write one with a
 * {@code command} and a list of {@code scenarios}, whose first is the base: its file, SHA-256 and
 * overrides are the ones given here.
 *
 * @param command         the command that wrote the folder ({@code compare}, {@code sweep},
 *                        {@code knelpunten}, ...), or empty for a {@code run} manifest
 * @param scenario        scenario name (of the base scenario of a study)
 * @param variants        names of every scenario of a study in order (base first); empty for a run
 * @param scenarioFile    the scenario file as given on the command line
 * @param scenarioSha256  SHA-256 of the scenario file, lower-case hex
 * @param overrides       {@code --set} overrides in command-line order (those every scenario of a study shares)
 * @param seed            experiment seed
 * @param replications    replications run
 * @param years           measured years per replication (years)
 * @param threads         worker threads
 * @param version         ketensim version
 * @param gitCommit       git commit of the ketensim build ({@code unknown} when the build did not know it)
 * @param gitDirty        {@code true} when that build had uncommitted changes, {@code false}, or {@code unknown}
 * @param javaVersion     Java runtime version
 * @param startTime       ISO-8601 start time of the run
 * @param precision       the {@code --precision} target (fraction), NaN when the count was fixed
 * @param precisionOptions the options that set the counts under {@code --precision} (to repeat the
 *                        run), empty when the count was fixed or the manifest does not say
 */
public record Manifest(String command, String scenario, List<String> variants, String scenarioFile,
                       String scenarioSha256, List<String> overrides, long seed, int replications, double years,
                       int threads, String version, String gitCommit, String gitDirty, String javaVersion,
                       String startTime, double precision, String precisionOptions) {

    public Manifest {
        variants = List.copyOf(variants);
        overrides = List.copyOf(overrides);
    }

    /** A manifest with nothing known, for folders without {@code manifest.json}. */
    public static Manifest unknown() {
        return new Manifest("", "", List.of(), "", "", List.of(), -1, -1, Double.NaN, -1, "", "", "", "", "", Double.NaN, "");
    }

    /** This manifest with another scenario name. */
    public Manifest withScenario(String name) {
        return new Manifest(command, name, variants, scenarioFile, scenarioSha256, overrides, seed, replications,
                years, threads, version, gitCommit, gitDirty, javaVersion, startTime, precision,
                precisionOptions);
    }

    /** The scenarios compared with the base ({@code compare}); empty for other commands. */
    public List<String> compared() {
        return command.equals("compare") && variants.size() > 1 ? variants.subList(1, variants.size()) : List.of();
    }
}
