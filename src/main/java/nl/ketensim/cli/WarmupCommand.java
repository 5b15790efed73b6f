package nl.ketensim.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.ketensim.experiment.WarmupAnalysis;
import nl.ketensim.output.Decimals;
import nl.ketensim.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code ketensim warmup SCENARIO}: the initialisation check. Runs the scenario and applies
 * MSER-5 to each four-week period series, warm-up included; writes {@code warmup.csv}.
 */
@Command(name = WarmupCommand.NAME, mixinStandardHelpOptions = true,
        description = "Check the warm-up: MSER-5 truncation of each period series (writes warmup.csv).")
final class WarmupCommand extends StudyCommand {

    static final String NAME = "warmup";

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario file (YAML).")
    private Path scenarioFile;

    @Override
    Study prepare() throws Exception {
        VariantLoader loader = new VariantLoader(scenarios, models, parameters, options);
        Scenario scenario = loader.add(scenarioFile, List.of(), Scenario::name, Map.of());
        loader.failOnProblems();
        double warmup = scenario.simulation() == null ? 0 : scenario.simulation().warmupDays();
        return loader.study(NAME, Map.of(WarmupAnalysis.WARMUP_DAYS, Decimals.format(warmup)),
                NAME + "-" + scenario.name());
    }
}
