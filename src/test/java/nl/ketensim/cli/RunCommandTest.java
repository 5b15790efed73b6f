package nl.ketensim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.ketensim.experiment.FakeModel;
import nl.ketensim.scenario.ScenarioException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCommandTest {

    @TempDir
    Path tmp;

    private final CliHarness cli = new CliHarness();
    private Path scenarioFile;
    private Path results;

    @BeforeEach
    void scenarioFile() throws IOException {
        scenarioFile = Files.writeString(tmp.resolve("fake.yaml"), "name: fake\n");
        results = tmp.resolve("results");
    }

    private String out(String name) {
        return results.resolve(name).toString();
    }

    private boolean resultsExist() {
        return Files.exists(results);
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aFullRunWritesTheResultFilesAndPrintsTheKeyMetrics() throws IOException {
        CliHarness.Outcome o = cli.execute("run", scenarioFile.toString(), "--replications", "3",
                "--threads", "2", "--out", out("run1"));

        assertEquals(0, o.exitCode(), o.err());
        assertEquals(List.of("knelpunten.csv", "manifest.json", "replications.csv", "scenario_parameters.csv",
                "series.csv", "summary.csv"), names(results.resolve("run1")));
        assertTrue(o.out().contains("releases_per_year"), o.out());
        assertTrue(o.out().contains("stay_gt_14d"), o.out());
        assertTrue(o.out().contains("without_at_release.id"), o.out());
        assertTrue(o.out().contains("Results written to " + out("run1")), o.out());
        assertEquals("", o.err());
        assertEquals(4, Files.readAllLines(results.resolve("run1/replications.csv")).size());
    }

    @Test
    void theSummaryDoesNotDependOnTheThreadCount() throws IOException {
        cli.execute("run", scenarioFile.toString(), "--replications", "5", "--threads", "1", "--out", out("a"));
        cli.execute("run", scenarioFile.toString(), "--replications", "5", "--threads", "3", "--out", out("b"));

        for (String file : List.of("summary.csv", "knelpunten.csv", "replications.csv")) {
            assertEquals(Files.readString(results.resolve("a").resolve(file)),
                    Files.readString(results.resolve("b").resolve(file)), file);
        }
    }

    @Test
    void theOptionsReachTheLoaderAndTheModel() {
        List<String> seen = new ArrayList<>();
        cli.scenarios = (file, overrides) -> {
            seen.add(file + " " + overrides);
            return CliHarness.loaded(CliHarness.scenario("fake"));
        };
        cli.models = (scenario, seed, years) -> {
            seen.add(scenario.name() + " " + seed + " " + years);
            return FakeModel::replication;
        };

        CliHarness.Outcome o = cli.execute("run", scenarioFile.toString(), "--seed", "7", "--years", "2.5",
                "--set", "a.b=1", "--set", "c=x", "--replications", "1", "--out", out("r"));

        assertEquals(0, o.exitCode(), o.err());
        assertEquals(List.of(scenarioFile + " [a.b=1, c=x]", "fake 7 2.5"), seen);
    }

    @Test
    void aMissingScenarioFileIsBadInputNamingTheFile() {
        CliHarness.Outcome o = cli.execute("run", tmp.resolve("nope.yaml").toString(), "--out", out("r"));

        assertEquals(ExitCodes.BAD_INPUT, o.exitCode());
        assertEquals("scenario file not found: " + tmp.resolve("nope.yaml") + System.lineSeparator(), o.err());
        assertFalse(resultsExist());
    }

    @Test
    void scenarioProblemsArePrintedOneLineEachWithoutStackTrace() {
        cli.scenarios = (file, overrides) -> {
            throw new ScenarioException(List.of("fake.yaml:3:5: staffing.gemeente.fte: must be > 0, got -1",
                    "fake.yaml: regions: shares sum to 0.9, must sum to 1"));
        };

        CliHarness.Outcome o = cli.execute("run", scenarioFile.toString(), "--out", out("r"));

        assertEquals(ExitCodes.BAD_INPUT, o.exitCode());
        assertEquals(List.of("fake.yaml:3:5: staffing.gemeente.fte: must be > 0, got -1",
                "fake.yaml: regions: shares sum to 0.9, must sum to 1"), o.err().lines().toList());
        assertFalse(resultsExist());
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        CliHarness.Outcome o = cli.execute("run", scenarioFile.toString(), "--replicashuns", "3");

        assertEquals(ExitCodes.BAD_INPUT, o.exitCode());
        assertTrue(o.err().startsWith("Unknown option"), o.err());
        assertTrue(o.err().contains("'--replicashuns'"), o.err());
        assertTrue(o.err().contains("Possible solutions: --replications"), o.err());
        assertFalse(resultsExist());
    }

    @Test
    void zeroReplicationsIsAClearUsageError() {
        CliHarness.Outcome o = cli.execute("run", scenarioFile.toString(), "--replications", "0", "--out", out("r"));

        assertEquals(ExitCodes.BAD_INPUT, o.exitCode());
        assertTrue(o.err().startsWith("Invalid value for option '--replications': must be at least 1, got 0"),
                o.err());
        assertFalse(resultsExist());
    }

    @Test
    void outOfRangeYearsThreadsAndMalformedOverridesAreUsageErrors() {
        assertEquals(ExitCodes.BAD_INPUT, cli.execute("run", scenarioFile.toString(), "--years", "0").exitCode());
        assertEquals(ExitCodes.BAD_INPUT, cli.execute("run", scenarioFile.toString(), "--years", "NaN").exitCode());
        assertEquals(ExitCodes.BAD_INPUT, cli.execute("run", scenarioFile.toString(), "--threads", "0").exitCode());
        assertEquals(ExitCodes.BAD_INPUT, cli.execute("run", scenarioFile.toString(), "--set", "novalue").exitCode());
        assertEquals(ExitCodes.BAD_INPUT, cli.execute("run").exitCode());
        assertFalse(resultsExist());
    }

    @Test
    void anExistingOutputFolderIsBadInput() throws IOException {
        Files.createDirectories(results.resolve("taken"));

        CliHarness.Outcome o = cli.execute("run", scenarioFile.toString(), "--out", out("taken"));

        assertEquals(ExitCodes.BAD_INPUT, o.exitCode());
        assertEquals("output folder already exists: " + out("taken"), o.err().strip());
        assertEquals(List.of(), names(results.resolve("taken")));
    }

    @Test
    void aFailingModelIsAnInternalErrorOnOneLineAndLeavesNoFolder() {
        cli.models = (scenario, seed, years) -> r -> {
            throw new UnsupportedOperationException("not built yet");
        };

        CliHarness.Outcome o = cli.execute("run", scenarioFile.toString(), "--out", out("r"));

        assertEquals(ExitCodes.INTERNAL_ERROR, o.exitCode());
        assertEquals(1, o.err().lines().count(), o.err());
        assertTrue(o.err().startsWith("ketensim: replication 0 failed: UnsupportedOperationException: not built yet"),
                o.err());
        assertFalse(resultsExist());
    }

    @Test
    void debugAddsTheStackTrace() {
        cli.models = (scenario, seed, years) -> r -> {
            throw new IllegalStateException("broken");
        };

        CliHarness.Outcome o = cli.execute("run", scenarioFile.toString(), "--replications", "1", "--debug",
                "--out", out("r"));

        assertEquals(ExitCodes.INTERNAL_ERROR, o.exitCode());
        assertTrue(o.err().contains("at nl.ketensim."), o.err());
    }

    @Test
    void theDefaultFolderIsNamedAfterScenarioAndStartTime() {
        OffsetDateTime start = OffsetDateTime.of(2026, 3, 4, 5, 6, 7, 0, ZoneOffset.UTC);

        assertEquals(Path.of("results", "basis-20260304-050607"), RunCommand.defaultFolder("basis", start));
        assertEquals(Path.of("results", "a_b-20260304-050607"), RunCommand.defaultFolder("a/b", start));
    }
}
