package nl.ketensim.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import nl.ketensim.domain.Language;
import nl.ketensim.scenario.Scenario;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Base of the commands that follow single cases of replication 0 ({@code dossiers}, {@code trace}):
 * the scenario, {@code --set}, {@code --seed}, {@code --start-date} and {@code --lang}.
 */
abstract class CaseCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario file (YAML).")
    Path scenarioFile;

    @Mixin
    OverrideOptions overrides;

    @Mixin
    TraceOptions trace;

    @Mixin
    LanguageOption language;

    /** Seam for tests; production value by default. */
    ScenarioSource scenarios = ScenarioSource.LOADER;

    /** The scenario with the overrides of {@code --set}. */
    Scenario readScenario() throws Exception {
        return ScenarioInput.read(scenarios, scenarioFile, overrides.overrides()).scenario();
    }

    Language lang() {
        return language.language();
    }
}
