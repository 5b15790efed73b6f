package nl.ketensim.cli;

import java.nio.file.Path;
import java.util.List;
import nl.ketensim.scenario.LoadedScenario;
import nl.ketensim.scenario.ScenarioException;
import nl.ketensim.scenario.ScenarioLoader;

/** Where commands get a validated scenario (with its resolved values) from; replaced by a fake in tests. */
@FunctionalInterface
interface ScenarioSource {

    /** The production source: {@link ScenarioLoader}. */
    ScenarioSource LOADER = ScenarioLoader::loadWithOrigins;

    LoadedScenario load(Path file, List<String> overrides) throws ScenarioException;
}
