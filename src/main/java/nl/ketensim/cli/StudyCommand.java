package nl.ketensim.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import nl.ketensim.domain.Language;
import nl.ketensim.experiment.ReliefPrecision;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Base of every command that runs replications: the shared {@link ExperimentOptions},
 * {@code --out}, the seams tests replace, and the common flow of {@link StudyExecution}
 * (validate, run whole / sharded / to a precision, write the folder atomically, print, then
 * draw the charts and report of a whole study).
 */
abstract class StudyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ExperimentOptions options;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Results folder; must not exist (default: results/<name>-<yyyyMMdd-HHmmss>).")
    Path out;

    /** Seams for tests; production values by default. */
    ScenarioSource scenarios = ScenarioSource.LOADER;
    ModelFactory models = ModelFactory.REINTEGRATION_MODEL;
    ParameterSource parameters = ParameterSource.SCENARIO_FILES;
    ReportStep reports = ReportStep.CHARTS_AND_REPORT;
    Clock clock = Clock.systemDefaultZone();

    /** The study to run: loads and checks the scenarios. */
    abstract Study prepare() throws Exception;

    /**
     * The language of the charts and report; commands whose results folder gets them have
     * {@code --lang} (a {@link LanguageOption}) and override this.
     */
    Language language() {
        return Language.NL;
    }

    /**
     * The command's own sequential design for {@code --precision}, replacing the generic rule on
     * key metrics ({@link nl.ketensim.experiment.PrecisionRun}); empty by default.
     */
    Optional<ReliefPrecision> precisionDesign() {
        return Optional.empty();
    }

    /** Problems between this command's own options; empty by default. */
    List<String> conflicts() {
        return List.of();
    }

    @Override
    public final Integer call() throws Exception {
        OffsetDateTime start = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
        List<String> problems = new java.util.ArrayList<>(options.conflicts());
        problems.addAll(conflicts());
        if (!problems.isEmpty()) {
            throw new BadInputException(String.join(System.lineSeparator(), problems));
        }
        Study study = prepare();
        return StudyExecution.execute(spec.commandLine(), options, out, study, start, reports, language(),
                options.usesPrecision() ? precisionDesign() : Optional.empty());
    }
}
