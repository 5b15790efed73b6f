package nl.ketensim.cli;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import nl.ketensim.domain.Language;
import nl.ketensim.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code ketensim run SCENARIO}: runs the replications of one scenario, writes the results
 * folder (with {@code scenario_parameters.csv}), prints the key metrics, then draws the charts
 * and writes {@code report.html} into the folder.
 */
@Command(name = RunCommand.NAME, mixinStandardHelpOptions = true,
        description = "Run the replications of a scenario and write a results folder.")
final class RunCommand extends StudyCommand {

    static final String NAME = "run";

    @Mixin
    private LanguageOption lang;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario file (YAML).")
    private Path scenarioFile;

    @Override
    Language language() {
        return lang.language();
    }

    @Override
    Study prepare() throws Exception {
        VariantLoader loader = new VariantLoader(scenarios, models, parameters, options);
        Scenario scenario = loader.add(scenarioFile, List.of(), Scenario::name, Map.of());
        loader.failOnProblems();
        return loader.study(NAME, RunValidation.settings(scenarioFile, options.overrides()), scenario.name());
    }

    /** {@code results/<name>-<yyyyMMdd-HHmmss>}, relative to the working directory. */
    static Path defaultFolder(String scenarioName, OffsetDateTime start) {
        return StudyExecution.defaultFolder(scenarioName, start);
    }
}
