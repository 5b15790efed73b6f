package nl.ketensim.scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Finds the scenario files of a folder. */
public final class ScenarioFiles {

    private ScenarioFiles() { }

    /**
     * The regular {@code *.yaml} files directly in {@code dir}, sorted by file name.
     *
     * @throws IOException when {@code dir} is not a readable folder
     */
    public static List<Path> in(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".yaml") && Files.isRegularFile(f))
                    .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()))
                    .toList();
        }
    }
}
