package nl.ketensim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.ketensim.experiment.StudyPlan;
import nl.ketensim.output.Sha256;
import nl.ketensim.stats.ExperimentSummary;
import nl.ketensim.validation.Role;
import nl.ketensim.validation.ValidationFile;
import nl.ketensim.validation.ValidationFileException;
import nl.ketensim.validation.ValidationRow;
import nl.ketensim.validation.ValidationTable;
import nl.ketensim.validation.Verdict;

/**
 * The validation step of {@code run}: finds the file of published figures beside the scenario,
 * checks it before anything runs (bad input, exit 2), records in the plan which file and whether
 * the run is of its basis scenario without overrides, and builds the validation table from the
 * plan, so that {@code merge} of shards writes the same {@code validation.csv}.
 */
final class RunValidation {

    /** Plan setting: the file of published figures, empty when the scenario's folder has none. */
    static final String FILE = "validation_file";
    /** Plan setting: {@code true} when the run is of the basis scenario without overrides. */
    static final String BASIS = "validation_basis";

    private RunValidation() { }

    /**
     * The plan settings for a run of {@code scenarioFile} with {@code overrides}.
     *
     * @throws BadInputException when the file of published figures is invalid (every problem, one per line)
     */
    static Map<String, String> settings(Path scenarioFile, List<String> overrides)
            throws BadInputException, IOException {
        Optional<Path> file = ValidationFile.beside(scenarioFile);
        if (file.isEmpty()) {
            return Map.of();
        }
        ValidationFile figures = read(file.get());
        boolean basis = overrides.isEmpty() && Sha256.of(scenarioFile).equals(Sha256.of(figures.basis()));
        Map<String, String> settings = new HashMap<>();
        settings.put(FILE, file.get().toString());
        settings.put(BASIS, Boolean.toString(basis));
        return settings;
    }

    /** The validation table of a run, or empty when the run's plan names no file of figures. */
    static Optional<ValidationTable> table(StudyPlan plan, ExperimentSummary summary) throws IOException {
        String file = plan.setting(FILE);
        if (file.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ValidationTable.of(ValidationFile.read(Path.of(file)), summary,
                    Boolean.parseBoolean(plan.setting(BASIS))));
        } catch (ValidationFileException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** One line for the terminal: how many figures are in range, known deviations, predictions. */
    static String headline(ValidationTable table) {
        long modelled = table.rows().stream().filter(r -> !r.figure().pending()).count();
        long in = table.rows().stream().filter(r -> r.verdict() == Verdict.IN).count();
        long deviations = table.rows().stream().filter(r -> !r.figure().pending() && r.figure().isKnownDeviation())
                .count();
        long predictions = table.rows().stream().filter(r -> !r.figure().pending()
                && r.figure().role() == Role.PREDICTION).count();
        long misses = table.rows().stream().filter(ValidationRow::isUnexplainedMiss).count();
        long pending = table.rows().size() - modelled;
        return String.format(Locale.ROOT, "Validation%s: %d of %d published figures in range, %d known deviation%s, "
                        + "%d unexplained; %d genuine prediction%s (only these validate); %d not yet modelled "
                        + "(validation.csv).", table.isBasis() ? "" : " (NOT the basis scenario: for information only)",
                in, modelled, deviations, deviations == 1 ? "" : "s", misses, predictions,
                predictions == 1 ? "" : "s", pending);
    }

    private static ValidationFile read(Path file) throws BadInputException {
        try {
            return ValidationFile.read(file);
        } catch (ValidationFileException e) {
            throw new BadInputException(String.join(System.lineSeparator(), e.problems()));
        }
    }

    /** Prints the headline of the run's validation table, if it has one. */
    static void print(StudyPlan plan, ExperimentSummary summary, PrintWriter out) {
        try {
            table(plan, summary).ifPresent(t -> {
                out.println();
                out.println(headline(t));
            });
        } catch (IOException e) {
            out.println();
            out.println("Validation: " + e.getMessage());
        }
    }
}
