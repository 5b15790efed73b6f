package nl.ketensim.cli;

import java.nio.file.Path;
import java.util.List;
import nl.ketensim.scenario.Scenario;
import nl.ketensim.scenario.ScenarioException;
import nl.ketensim.scenario.ScenarioLoader;

/** Where commands get a validated scenario from; replaced by a fake in tests. */
@FunctionalInterface
interface ScenarioSource {

    /** The production source: {@link ScenarioLoader}. */
    ScenarioSource LOADER = ScenarioLoader::load;

    Scenario load(Path file, List<String> overrides) throws ScenarioException;
}
