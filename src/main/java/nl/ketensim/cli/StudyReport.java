package nl.ketensim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import nl.ketensim.experiment.StudyPlan;
import nl.ketensim.experiment.StudyResults;
import nl.ketensim.output.Decimals;
import nl.ketensim.output.StudyManifest;
import nl.ketensim.output.StudyManifestJson;

/**
 * The output of one command, computed from the plan and the replications alone, so that a
 * single run and {@code merge} of its shards write the same files.
 */
interface StudyReport {

    /** Writes the command's result files (everything but the manifest) into an empty folder. */
    void writeFiles(StudyPlan plan, StudyResults results, Path folder) throws IOException;

    /** Writes {@code manifest.json}. */
    default void writeManifest(StudyManifest manifest, StudyResults results, Path folder) throws IOException {
        StudyManifestJson.write(manifest, folder.resolve(StudyManifestJson.FILE_NAME));
    }

    /**
     * Whether the folder gets charts and {@code report.html} after it is complete (not for a
     * diagnostic such as {@code warmup}, which the report has nothing to draw from).
     */
    default boolean drawsReport() {
        return true;
    }

    /** Prints the headline results on the terminal. */
    void print(StudyPlan plan, StudyResults results, PrintWriter out);

    /** The report of a plan's command. */
    static StudyReport forCommand(String command) {
        return switch (command) {
            case RunCommand.NAME -> new RunReport();
            case CompareCommand.NAME -> new CompareReport();
            case SweepCommand.NAME -> new SweepReport();
            case KnelpuntenCommand.NAME -> new KnelpuntenReport();
            case WarmupCommand.NAME -> new WarmupReport();
            case SensitivityCommand.NAME -> new SensitivityReport();
            default -> throw new IllegalArgumentException("unknown command in plan: " + command);
        };
    }

    /** The first line of every command's terminal output. */
    static void printHeader(StudyPlan plan, StudyResults results, PrintWriter out) {
        String replications = results.unequal()
                ? results.fewestReplications() + "-" + results.replications()
                : Integer.toString(results.replications());
        out.printf(Locale.ROOT, "%s %s: %d scenario%s x %s replications of %s measured years, seed %d, "
                        + "%d threads, %.1f s%n%n", plan.command(), plan.variants().get(0).name(),
                plan.variants().size(), plan.variants().size() == 1 ? "" : "s", replications,
                Decimals.format(plan.years()), plan.seed(), results.threads(), results.wallSeconds());
    }
}
