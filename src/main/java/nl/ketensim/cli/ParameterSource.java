package nl.ketensim.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import nl.ketensim.output.ScenarioParameter;
import nl.ketensim.output.ScenarioParameters;
import nl.ketensim.scenario.ScenarioException;

/** The resolved parameters of the scenario for {@code scenario_parameters.csv}; replaced by a fake in tests. */
@FunctionalInterface
interface ParameterSource {

    /** The production source: {@link ScenarioParameters#of(Path, List)}. */
    ParameterSource SCENARIO_FILES = ScenarioParameters::of;

    List<ScenarioParameter> read(Path file, List<String> overrides) throws ScenarioException, IOException;
}
