package nl.ketensim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import nl.ketensim.domain.Language;
import nl.ketensim.experiment.ExperimentResult;
import nl.ketensim.experiment.ReplicationRunner;
import nl.ketensim.output.BuildInfo;
import nl.ketensim.output.Decimals;
import nl.ketensim.output.ResultsFolder;
import nl.ketensim.output.RunManifest;
import nl.ketensim.output.ScenarioParameter;
import nl.ketensim.output.ScenarioParametersCsv;
import nl.ketensim.output.Sha256;
import nl.ketensim.report.ReportWriter;
import nl.ketensim.scenario.Scenario;
import nl.ketensim.stats.ExperimentSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ketensim run SCENARIO}: runs the replications of one scenario, writes the results
 * folder (plus {@code scenario_parameters.csv}), prints the key metrics, then draws the charts and
 * writes {@code report.html} into the folder.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run the replications of a scenario and write a results folder.")
final class RunCommand implements Callable<Integer> {

    private static final DateTimeFormatter FOLDER_STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT);

    @Spec
    private CommandSpec spec;

    @Mixin
    private ExperimentOptions options;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario file (YAML).")
    private Path scenarioFile;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Results folder; must not exist (default: results/<scenario>-<yyyyMMdd-HHmmss>).")
    private Path out;

    @Option(names = "--lang", paramLabel = "LANG", converter = LanguageConverter.class,
            description = "Language of charts and report: nl or en (default: nl).")
    private Language language = Language.NL;

    /** Seams for tests; production values by default. */
    ScenarioSource scenarios = ScenarioSource.LOADER;
    ModelFactory models = ModelFactory.REINTEGRATION_MODEL;
    ParameterSource parameters = ParameterSource.SCENARIO_FILES;
    ReportStep reports = ReportStep.CHARTS_AND_REPORT;
    Clock clock = Clock.systemDefaultZone();

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        OffsetDateTime start = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);

        Scenario scenario = ScenarioInput.read(scenarios, scenarioFile, options.overrides());
        Path folder = out != null ? out : defaultFolder(scenario.name(), start);
        if (Files.exists(folder)) {
            throw new BadInputException("output folder already exists: " + folder);
        }
        String sha256 = Sha256.of(scenarioFile);
        List<ScenarioParameter> resolved = parameters.read(scenarioFile, options.overrides());

        ProgressLine progress = new ProgressLine(stderr);
        ExperimentResult result;
        try {
            result = new ReplicationRunner(options.threads(), progress)
                    .run(options.replications(), models.create(scenario, options.seed(), options.years()));
        } finally {
            progress.finish();
        }
        ExperimentSummary summary = ExperimentSummary.of(result.replications());
        ResultsFolder.write(folder, result, summary, manifest(scenario, sha256, start, result),
                dir -> ScenarioParametersCsv.write(resolved, dir.resolve(ScenarioParametersCsv.FILE_NAME)));

        stdout.printf(Locale.ROOT, "Scenario %s: %d replications of %s measured years, seed %d, %d threads, %.1f s%n%n",
                scenario.name(), result.size(), Decimals.format(options.years()), options.seed(),
                result.threads(), result.wallSeconds());
        SummaryTable.print(summary, stdout);
        stdout.println();
        stdout.println("Results written to " + folder);
        stdout.flush();
        return report(folder, stdout, stderr);
    }

    /**
     * Charts and report come after the results folder is complete: a failure to draw keeps the
     * (expensive) results, says how to retry, and exits with {@link ExitCodes#INTERNAL_ERROR}.
     */
    private int report(Path folder, PrintWriter stdout, PrintWriter stderr) {
        try {
            reports.write(folder, language);
        } catch (IOException | RuntimeException e) {
            stderr.println("ketensim: charts and report failed (" + e + "); the results folder is complete, "
                    + "retry with: ketensim report " + folder);
            stderr.flush();
            return ExitCodes.INTERNAL_ERROR;
        }
        stdout.println("Report written to " + folder.resolve(ReportWriter.REPORT));
        stdout.flush();
        return ExitCodes.OK;
    }

    private RunManifest manifest(Scenario scenario, String sha256, OffsetDateTime start, ExperimentResult result) {
        return new RunManifest(scenario.name(), scenarioFile.toString(), sha256, options.overrides(),
                options.seed(), result.size(), options.years(), result.threads(), BuildInfo.version(),
                BuildInfo.javaVersion(), start, result.wallSeconds(), result.totalEvents());
    }

    /** {@code results/<name>-<yyyyMMdd-HHmmss>}, relative to the working directory. */
    static Path defaultFolder(String scenarioName, OffsetDateTime start) {
        String safeName = scenarioName.replaceAll("[^A-Za-z0-9._-]", "_");
        return Path.of("results", safeName + "-" + FOLDER_STAMP.format(start));
    }
}
