package nl.ketensim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The golden run: a short run of the basis scenario with a fixed seed must write exactly the
 * committed {@code summary.csv}, {@code knelpunten.csv}, {@code series.csv} and
 * {@code replications.csv} of {@code src/test/resources/golden/}, so
 * that every change of results is a visible, deliberate diff. To accept a change of results,
 * regenerate them with {@value #REGENERATE} and commit the new files with the reason.
 */
class GoldenRunTest {

    static final String REGENERATE = "mvn -B test -Dtest=GoldenRunTest -Dketensim.golden.update=true";
    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final List<String> FILES = List.of("summary.csv", "knelpunten.csv", "series.csv", "replications.csv");

    @TempDir
    Path tmp;

    @Test
    void aShortBasisRunWritesTheCommittedFiles() throws IOException {
        CliHarness cli = new CliHarness();
        cli.scenarios = ScenarioSource.LOADER;
        cli.models = ModelFactory.REINTEGRATION_MODEL;
        Path out = tmp.resolve("golden");
        CliHarness.Outcome run = cli.execute("run", "scenarios/basis.yaml", "--replications", "2", "--years", "0.25",
                "--seed", "20260101", "--threads", "2", "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());

        boolean update = Boolean.getBoolean("ketensim.golden.update");
        for (String file : FILES) {
            Path golden = GOLDEN.resolve(file);
            if (update) {
                Files.copy(out.resolve(file), golden, StandardCopyOption.REPLACE_EXISTING);
                continue;
            }
            compare(golden, out.resolve(file));
        }
    }

    private static void compare(Path golden, Path produced) throws IOException {
        if (!Files.exists(golden)) {
            fail(golden + " is missing; create it with: " + REGENERATE);
        }
        List<String> expected = Files.readAllLines(golden, StandardCharsets.UTF_8);
        List<String> actual = Files.readAllLines(produced, StandardCharsets.UTF_8);
        for (int i = 0; i < Math.max(expected.size(), actual.size()); i++) {
            String e = i < expected.size() ? expected.get(i) : "<end of file>";
            String a = i < actual.size() ? actual.get(i) : "<end of file>";
            if (!e.equals(a)) {
                fail(golden.getFileName() + " differs from the golden file at line " + (i + 1) + ":\n  expected: " + e
                        + "\n  actual:   " + a + "\nIf this change of results is intended, regenerate the golden files"
                        + " with\n  " + REGENERATE + "\nand commit them with the reason.");
            }
        }
        assertEquals(new String(Files.readAllBytes(golden), StandardCharsets.UTF_8),
                new String(Files.readAllBytes(produced), StandardCharsets.UTF_8),
                golden.getFileName() + " differs in line ends or bytes; regenerate deliberately with " + REGENERATE);
    }
}
