package nl.ketensim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a user reads when the results folder cannot be made: another run took the same --out,
 * the write failed, a killed run left a hidden folder, or the run was stopped by a signal.
 */
class OutputFolderProblemsTest {

    @TempDir
    Path tmp;

    private final CliHarness cli = new CliHarness();
    private Path scenarioFile;

    @BeforeEach
    void fakes() throws IOException {
        scenarioFile = Files.writeString(tmp.resolve("basis.yaml"), "name: basis\n");
        cli.scenarios = StudyCommandsTest::scenario;
        cli.models = (scenario, seed, years) -> r -> StudyCommandsTest.fake(scenario, r);
    }

    private List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void twoRunsWithTheSameOutEndInFolderExistsForTheSecond() throws IOException {
        Path out = tmp.resolve("results/run");
        cli.reports = (dir, language) -> Files.createDirectories(out.resolve("charts")); // the other run finished first
        CliHarness.Outcome o = cli.execute("run", scenarioFile.toString(), "--replications", "2", "--out", out.toString());

        assertEquals(ExitCodes.BAD_INPUT, o.exitCode());
        assertEquals("output folder already exists: " + out, o.err().strip());
        assertEquals(List.of("run"), names(tmp.resolve("results")), "no hidden folder left");
    }

    @Test
    void aFailedWriteSaysPlainlyThatAndWhere() throws IOException {
        Files.writeString(tmp.resolve("blocked"), "a file where a folder should be");
        Path out = tmp.resolve("blocked/run");
        CliHarness.Outcome o = cli.execute("run", scenarioFile.toString(), "--replications", "2", "--out", out.toString());

        assertEquals(ExitCodes.INTERNAL_ERROR, o.exitCode());
        assertTrue(o.err().startsWith("ketensim: the results could not be written to " + out + " ("), o.err());
        assertTrue(o.err().contains("nothing was left there. Free disk space or choose another --out"), o.err());
        assertFalse(o.err().contains("internal error"), o.err());
        ValidateCommandTest.assertNoStackTrace(o);
    }

    @Test
    void aHiddenFolderOfAKilledRunIsReportedByTheNextRunThere() throws IOException {
        Path leftover = Files.createDirectories(tmp.resolve("results/.old.partial-4194305-abc"));
        Files.writeString(leftover.resolve("summary.csv"), "half");
        CliHarness.Outcome o = cli.execute("run", scenarioFile.toString(), "--replications", "2", "--out",
                tmp.resolve("results/new").toString());

        assertEquals(0, o.exitCode(), o.err());
        assertEquals("ketensim: note: " + leftover + " was left by a run that was killed while writing (its process "
                + "no longer runs); it holds no usable results, delete it", o.err().strip());
    }

    /** The real command in its own JVM, on the real model, stopped by SIGINT while it computes. */
    @Test
    void ctrlCSaysWhatHappenedAndLeavesNoFolder() throws Exception {
        Path basis = Path.of("scenarios/basis.yaml").toAbsolutePath();
        Path out = tmp.resolve("results/long");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "run", basis.toString(), "--replications", "400", "--threads", "1", "--out", out.toString())
                .directory(tmp.toFile()).start();
        StringBuilder err = new StringBuilder();
        try (BufferedReader stderr = new BufferedReader(new InputStreamReader(process.getErrorStream(),
                StandardCharsets.UTF_8))) {
            String first = stderr.readLine();
            assertTrue(first != null && first.startsWith("Estimated run time: about "), first);
            Process kill = new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).start();
            assertEquals(0, kill.waitFor());
            assertTrue(process.waitFor(1, TimeUnit.MINUTES), "stopped");
            stderr.lines().forEach(line -> err.append(line).append('\n'));
        } finally {
            process.destroyForcibly();
        }
        assertTrue(err.toString().contains("ketensim: stopped by a signal; no results folder was written (" + out
                + ")"), err.toString());
        assertFalse(Files.exists(out.getParent()) && !names(out.getParent()).isEmpty(), "nothing written");
    }
}
