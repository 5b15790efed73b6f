package nl.ketensim.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import nl.ketensim.experiment.ExperimentResult;
import nl.ketensim.experiment.FakeModel;
import nl.ketensim.stats.ExperimentSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultsFolderTest {

    private static final List<String> FILES =
            List.of("knelpunten.csv", "manifest.json", "replications.csv", "series.csv", "summary.csv");

    @TempDir
    Path tmp;

    private final Locale original = Locale.getDefault();

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(original);
    }

    private static void write(Path folder, ExperimentResult result) throws IOException {
        AtomicFolder.create(folder, dir -> {
            ResultsFolder.writeFiles(dir, result, ExperimentSummary.of(result.replications()));
            ManifestJson.write(Fixtures.manifest(result), dir.resolve(ManifestJson.FILE_NAME));
        });
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void writesTheFourFiles() throws IOException {
        write(tmp.resolve("results/basis-1"), FakeModel.experiment(4));

        assertEquals(FILES, names(tmp.resolve("results/basis-1")));
        assertEquals(List.of("basis-1"), names(tmp.resolve("results")));
    }

    @Test
    void twoWritesOfOneExperimentAreByteIdenticalEvenUnderADutchLocale() throws IOException {
        ExperimentResult result = FakeModel.experiment(5);
        write(tmp.resolve("a"), result);
        Locale.setDefault(new Locale("nl", "NL"));
        write(tmp.resolve("b"), result);

        for (String file : FILES) {
            assertArrayEquals(Files.readAllBytes(tmp.resolve("a").resolve(file)),
                    Files.readAllBytes(tmp.resolve("b").resolve(file)), file);
        }
        // a decimal comma would add fields: every summary row must have exactly seven
        for (String line : Files.readAllLines(tmp.resolve("b/summary.csv"))) {
            assertEquals(7, line.split(",", -1).length, line);
        }
        assertTrue(Files.readString(tmp.resolve("b/summary.csv")).contains("."));
    }

    @Test
    void refusesAnExistingFolder() throws IOException {
        Files.createDirectories(tmp.resolve("taken"));

        assertThrows(FileAlreadyExistsException.class, () -> write(tmp.resolve("taken"), FakeModel.experiment(2)));
        assertEquals(List.of(), names(tmp.resolve("taken")));
    }

    @Test
    void aFailedWriteLeavesNoFolder() throws IOException {
        IOException boom = assertThrows(IOException.class, () -> AtomicFolder.create(tmp.resolve("run"), dir -> {
            Files.writeString(dir.resolve("summary.csv"), "half");
            throw new IOException("disk full");
        }));

        assertEquals("could not write " + tmp.resolve("run") + ": disk full", boom.getMessage());
        assertEquals(AtomicFolder.WriteException.class, boom.getClass());
        assertEquals(List.of(), names(tmp));
    }

    @Test
    void aRuntimeFailureAlsoLeavesNoFolder() throws IOException {
        assertThrows(IllegalStateException.class, () -> AtomicFolder.create(tmp.resolve("run"), dir -> {
            Files.createDirectories(dir.resolve("sub"));
            Files.writeString(dir.resolve("sub/x"), "x");
            throw new IllegalStateException("bug");
        }));

        assertEquals(List.of(), names(tmp));
    }
}
