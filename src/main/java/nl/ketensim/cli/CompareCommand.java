package nl.ketensim.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.ketensim.domain.Language;
import nl.ketensim.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code ketensim compare BASE OTHER...}: runs the scenarios under common random numbers and
 * writes {@code comparison.csv} with paired differences against the base.
 */
@Command(name = CompareCommand.NAME, mixinStandardHelpOptions = true,
        description = "Compare scenarios with a base under common random numbers (paired differences).")
final class CompareCommand extends StudyCommand {

    static final String NAME = "compare";

    @Mixin
    private LanguageOption lang;

    @Parameters(index = "0", paramLabel = "BASE", description = "Base scenario file (YAML).")
    private Path base;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "OTHER", description = "Scenario files to compare with the base.")
    private List<Path> others = new ArrayList<>();

    @Override
    Language language() {
        return lang.language();
    }

    @Override
    Study prepare() throws Exception {
        VariantLoader loader = new VariantLoader(scenarios, models, parameters, options);
        Scenario baseScenario = loader.add(base, List.of(), Scenario::name, Map.of());
        for (Path other : others) {
            loader.add(other, List.of(), Scenario::name, Map.of());
        }
        loader.failOnProblems();
        return loader.study(NAME, Map.of(), NAME + "-" + baseScenario.name());
    }
}
