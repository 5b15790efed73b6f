package nl.ketensim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.ketensim.output.ScenarioParameter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The study commands together with charts, report and scenario parameters: which folders get a
 * report, in which language, what a failure to draw does, and what shards carry to merge.
 */
class StudyReportsTest {

    @TempDir
    Path tmp;

    private final CliHarness cli = new CliHarness();
    private final List<String> drawn = new ArrayList<>();
    private Path scenarioFile;
    private Path otherFile;

    @BeforeEach
    void fakes() throws IOException {
        scenarioFile = Files.writeString(tmp.resolve("basis.yaml"), "name: basis\n");
        otherFile = Files.writeString(tmp.resolve("ander.yaml"), "name: ander\n");
        cli.scenarios = StudyCommandsTest::scenario;
        cli.models = (scenario, seed, years) -> r -> StudyCommandsTest.fake(scenario, r);
        cli.reports = (folder, language) -> drawn.add(finalName(folder) + " " + language);
    }

    /**
     * Charts are drawn into the unfinished hidden folder, which becomes the results folder only
     * afterwards (so an interrupted run leaves nothing); the name it will get.
     */
    private String finalName(Path unfinished) {
        String name = unfinished.getFileName().toString();
        assertTrue(name.matches("\\..+\\.partial-\\d+-[0-9a-z]+"), name);
        String target = name.substring(1, name.lastIndexOf(".partial-"));
        assertTrue(!Files.exists(unfinished.resolveSibling(target)), "drawn before the folder appears");
        return tmp.relativize(unfinished.resolveSibling(target)).toString();
    }

    private String out(String name) {
        return tmp.resolve(name).toString();
    }

    @Test
    void aCompareFolderGetsItsComparisonChartAndReport() throws IOException {
        cli.reports = ReportStep.CHARTS_AND_REPORT;
        cli.parameters = (file, overrides) -> List.of(new ScenarioParameter("name", "basis", "", file + ":1:7", ""));

        CliHarness.Outcome o = cli.execute("compare", scenarioFile.toString(), otherFile.toString(),
                "--replications", "3", "--out", out("c"));

        assertEquals(0, o.exitCode(), o.err());
        Path folder = tmp.resolve("c");
        assertTrue(Files.isRegularFile(folder.resolve("charts/vergelijking_basisvoorwaarden.png")));
        assertTrue(Files.isRegularFile(folder.resolve("charts/vergelijking_basisvoorwaarden.svg")));
        String html = Files.readString(folder.resolve("report.html"));
        assertTrue(html.contains("<h1>ketensim-rapport: scenario basis vergeleken met ander</h1>"), html);
        assertTrue(Files.readString(folder.resolve("scenario_parameters.csv"))
                .startsWith("path,value,unit,origin,source\n"));
        assertTrue(o.out().endsWith("Report written to " + folder.resolve("report.html") + System.lineSeparator()),
                o.out());
    }

    @Test
    void everyWholeStudyButWarmupIsDrawnInTheChosenLanguageAndShardsAreNot() {
        String file = scenarioFile.toString();
        assertEquals(0, cli.execute("run", file, "--replications", "2", "--out", out("run")).exitCode());
        assertEquals(0, cli.execute("compare", file, otherFile.toString(), "--replications", "2", "--lang", "en",
                "--out", out("compare")).exitCode());
        assertEquals(0, cli.execute("sweep", file, "--param", "a", "--values", "1,2", "--replications", "2",
                "--out", out("sweep")).exitCode());
        assertEquals(0, cli.execute("knelpunten", file, "--knelpunten", "kort_verblijf", "--replications", "2",
                "--lang", "EN", "--out", out("knelpunten")).exitCode());
        assertEquals(0, cli.execute("warmup", file, "--replications", "2", "--out", out("warmup")).exitCode());
        assertEquals(0, cli.execute("compare", file, otherFile.toString(), "--replications", "2", "--shard", "0/2",
                "--out", out("shard0")).exitCode());

        assertEquals(List.of("run NL", "compare EN", "sweep NL", "knelpunten EN"), drawn);
        CliHarness.Outcome warmupLang = cli.execute("warmup", file, "--lang", "en", "--out", out("w2"));
        assertEquals(ExitCodes.BAD_INPUT, warmupLang.exitCode());
        assertTrue(warmupLang.err().startsWith("Unknown options: '--lang'"), warmupLang.err());
    }

    @Test
    void aFailureToDrawAfterCompareKeepsTheResultsAndSaysHowToRetry() throws IOException {
        cli.reports = (folder, language) -> {
            throw new IllegalStateException("no fonts");
        };

        CliHarness.Outcome o = cli.execute("compare", scenarioFile.toString(), otherFile.toString(),
                "--replications", "2", "--out", out("c"));

        assertEquals(ExitCodes.INTERNAL_ERROR, o.exitCode());
        assertEquals("ketensim: charts and report failed (java.lang.IllegalStateException: no fonts); the results "
                + "folder is complete, retry with: ketensim report " + out("c") + System.lineSeparator(), o.err());
        assertTrue(Files.isRegularFile(tmp.resolve("c/comparison.csv")));
        assertTrue(Files.isRegularFile(tmp.resolve("c/manifest.json")));
        assertFalse(Files.exists(tmp.resolve("c/report.html")));
        assertTrue(o.out().contains("Results written to " + out("c")), o.out());
    }

    @Test
    void mergeDrawsTheMergedFolderLikeTheUnshardedCommandAndKeepsItWhenDrawingFails() throws IOException {
        for (int i = 0; i < 2; i++) {
            cli.execute("knelpunten", scenarioFile.toString(), "--knelpunten", "kort_verblijf", "--replications", "4",
                    "--shard", i + "/2", "--out", out("s" + i));
            cli.execute("warmup", scenarioFile.toString(), "--replications", "4", "--shard", i + "/2",
                    "--out", out("w" + i));
        }
        assertEquals(List.of(), drawn, "shard folders are not drawn");

        CliHarness.Outcome merged = cli.execute("merge", out("s0"), out("s1"), "--lang", "en", "--out", out("m"));
        CliHarness.Outcome warmup = cli.execute("merge", out("w0"), out("w1"), "--out", out("mw"));
        cli.reports = (folder, language) -> {
            throw new IOException("disk full");
        };
        CliHarness.Outcome failed = cli.execute("merge", out("s1"), out("s0"), "--out", out("m2"));

        assertEquals(0, merged.exitCode(), merged.err());
        assertEquals(0, warmup.exitCode(), warmup.err());
        assertEquals(List.of("m EN"), drawn);
        assertEquals(ExitCodes.INTERNAL_ERROR, failed.exitCode());
        assertTrue(failed.err().endsWith("retry with: ketensim report " + out("m2") + System.lineSeparator()),
                failed.err());
        assertTrue(Files.isRegularFile(tmp.resolve("m2/knelpunten_relief.csv")));
    }

    @Test
    void shardsCarryTheScenarioParametersAndMergeRefusesShardsThatDisagreeOnThem() throws IOException {
        cli.parameters = (file, overrides) -> List.of(new ScenarioParameter("name", "basis", "", file + ":1:7", ""),
                new ScenarioParameter("staffing.gemeente.fte", "250", "FTE", file + ":3:10", "(E) guess, \"quoted\""));
        cli.execute("run", scenarioFile.toString(), "--replications", "4", "--out", out("single"));
        cli.execute("run", scenarioFile.toString(), "--replications", "4", "--shard", "0/2", "--out", out("s0"));
        cli.execute("run", scenarioFile.toString(), "--replications", "4", "--shard", "1/2", "--out", out("s1"));
        cli.parameters = (file, overrides) -> List.of(new ScenarioParameter("name", "basis", "", file + ":1:7", ""),
                new ScenarioParameter("staffing.gemeente.fte", "300", "FTE", file + ":3:10", "edited meanwhile"));
        cli.execute("run", scenarioFile.toString(), "--replications", "4", "--shard", "1/2", "--out", out("edited1"));

        CliHarness.Outcome merged = cli.execute("merge", out("s1"), out("s0"), "--out", out("m"));
        CliHarness.Outcome mixed = cli.execute("merge", out("s0"), out("edited1"), "--out", out("bad"));

        assertEquals(0, merged.exitCode(), merged.err());
        assertTrue(Files.isRegularFile(tmp.resolve("s0/inputs/scenario_parameters.csv")));
        assertArrayEquals(Files.readAllBytes(tmp.resolve("single/scenario_parameters.csv")),
                Files.readAllBytes(tmp.resolve("m/scenario_parameters.csv")));
        assertEquals(ExitCodes.BAD_INPUT, mixed.exitCode());
        assertEquals(out("edited1") + ": its inputs/ differ from those of " + out("s0")
                + " (a scenario file changed between the shards?)", mixed.err().strip());
        assertFalse(Files.exists(tmp.resolve("bad")));
    }

    @Test
    void theStudyParametersAreThoseOfTheBaseScenarioWithTheUsersOverridesOnly() {
        List<String> seen = new ArrayList<>();
        cli.parameters = (file, overrides) -> {
            seen.add(tmp.relativize(file) + " " + overrides);
            return List.of();
        };

        cli.execute("compare", scenarioFile.toString(), otherFile.toString(), "--set", "a=1", "--replications", "2",
                "--out", out("c"));
        cli.execute("sweep", scenarioFile.toString(), "--param", "b", "--values", "1,2", "--set", "a=1",
                "--replications", "2", "--out", out("s"));
        cli.execute("knelpunten", scenarioFile.toString(), "--knelpunten", "justitiabele", "--replications", "2",
                "--out", out("k"));

        assertEquals(List.of("basis.yaml [a=1]", "basis.yaml [a=1]", "basis.yaml []"), seen);
        assertEquals(List.of("c NL", "s NL", "k NL"), drawn);
    }
}
