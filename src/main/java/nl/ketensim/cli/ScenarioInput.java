package nl.ketensim.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.ketensim.scenario.LoadedScenario;
import nl.ketensim.scenario.ScenarioException;

/** Reads the scenario named on the command line, failing as bad input when it is missing. */
final class ScenarioInput {

    private ScenarioInput() { }

    static LoadedScenario read(ScenarioSource source, Path file, List<String> overrides)
            throws BadInputException, ScenarioException {
        if (!Files.isRegularFile(file)) {
            throw new BadInputException("scenario file not found: " + file);
        }
        if (!Files.isReadable(file)) {
            throw new BadInputException("scenario file not readable: " + file);
        }
        return source.load(file, overrides);
    }
}
