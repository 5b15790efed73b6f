package nl.ketensim.scenario;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** The scenario files shipped in {@code scenarios/}, discovered rather than listed by hand. */
public final class ShippedScenarioFiles {

    /** The folder of shipped scenarios, relative to the project root (the test working directory). */
    public static final Path DIR = Path.of("scenarios");

    private ShippedScenarioFiles() { }

    /** Every {@code *.yaml} file in {@link #DIR}, sorted by name. */
    public static List<Path> list() throws IOException {
        return ScenarioFiles.in(DIR);
    }
}
