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
import nl.ketensim.results.Metric;
import nl.ketensim.results.ReplicationResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ketensim sensitivity} on a fake model whose outputs depend on the overrides it was given. */
class SensitivityCommandTest {

    @TempDir
    Path tmp;

    private final CliHarness cli = new CliHarness();
    private Path scenarioFile;

    @BeforeEach
    void fakes() throws IOException {
        scenarioFile = Files.writeString(tmp.resolve("basis.yaml"), "name: basis\n");
        // the scenario's name carries its overrides, so the fake model can read the parameter values
        cli.scenarios = (file, overrides) -> CliHarness.loaded(CliHarness.scenario(String.join(";", overrides)));
        cli.models = (scenario, seed, years) -> r -> fake(scenario.name(), r);
        cli.parameters = (file, overrides) -> List.of(
                new ScenarioParameter("name", "basis", "", file + ":1:7", ""),
                new ScenarioParameter("cooperation.regie_clarity", "0.9", "probability", file + ":2:3", "(E) guess"),
                new ScenarioParameter("staffing.gemeente.fte", "200", "FTE", file + ":3:3", "↑ team estimate (E)"),
                new ScenarioParameter("population.women_share", "0.06", "share", file + ":4:3", "CBS (B)"));
    }

    /** without_at_release.id falls with regie clarity; informatiedeling falls below kort_verblijf with fewer FTE. */
    private static ReplicationResult fake(String overrides, int r) {
        double regie = value(overrides, "cooperation.regie_clarity", 0.9);
        double fte = value(overrides, "staffing.gemeente.fte", 200);
        return new ReplicationResult(r, List.of(
                new Metric("stay_gt_14d", "without_at_release.id", "share", 0.5 - 0.2 * regie + 0.001 * r),
                new Metric("stay_gt_14d", "without_at_release.zorg", "share", 0.2 + 0.001 * r),
                new Metric("all", "missed_per_year.id.informatiedeling", "persons/year", 100 + fte / 4 + r),
                new Metric("all", "missed_per_year.id.kort_verblijf", "persons/year", 145 + r)), 1000);
    }

    private static double value(String overrides, String path, double otherwise) {
        for (String o : overrides.split(";")) {
            if (o.startsWith(path + "=")) {
                return Double.parseDouble(o.substring(path.length() + 1));
            }
        }
        return otherwise;
    }

    private String out(String name) {
        return tmp.resolve(name).toString();
    }

    @Test
    void screensTheEstimatedParametersAndSaysWhichRankingsHold() throws IOException {
        CliHarness.Outcome o = cli.execute("sensitivity", scenarioFile.toString(), "--out", out("s"));
        assertEquals(0, o.exitCode(), o.err());
        List<String> lines = Files.readAllLines(tmp.resolve("s/sensitivity.csv"));
        assertEquals("parameter,direction,base_value,value,clamped,group,metric,unit,base_mean,variant_mean,diff_mean,"
                + "diff_ci95_low,diff_ci95_high,replications", lines.get(0));
        assertTrue(lines.contains("cooperation.regie_clarity,range,0.72,1,true,stay_gt_14d,without_at_release.id,share,"
                + "0.358,0.302,-0.056,-0.056,-0.056,5"), String.join("\n", lines));
        assertFalse(lines.stream().anyMatch(l -> l.startsWith("population.women_share")), "(B) is not screened");
        assertEquals(1 + 2 * 3 * 2, lines.size(), "2 parameters x low, high, range x 2 outputs");
        List<String> ranking = Files.readAllLines(tmp.resolve("s/sensitivity_ranking.csv"));
        assertEquals("parameter,direction,value,clamped,ranking,means,flipped,holds", ranking.get(0));
        assertTrue(ranking.get(1).startsWith("\"\",base,,false,informatiedeling;kort_verblijf,152;147,,true"), ranking.get(1));
        assertTrue(ranking.contains("staffing.gemeente.fte,low,160,false,kort_verblijf;informatiedeling,147;142,"
                + "informatiedeling>kort_verblijf,false"), String.join("\n", ranking));
        assertTrue(o.out().contains(": 5 scenarios x 5 replications of 0.5 measured years"), o.out());
        assertTrue(o.out().contains("flips:  informatiedeling (staffing.gemeente.fte low); kort_verblijf "
                + "(staffing.gemeente.fte low)"), o.out());
        assertTrue(o.out().contains("robust: none"), o.out());
        assertTrue(Files.exists(tmp.resolve("s/knelpunten.csv")));
    }

    @Test
    void aListOfParametersReplacesTheEstimatesAndBadOptionsAreBadInput() throws IOException {
        CliHarness.Outcome o = cli.execute("sensitivity", scenarioFile.toString(), "--params",
                "population.women_share", "--replications", "2", "--out", out("w"));
        assertEquals(0, o.exitCode(), o.err());
        assertTrue(Files.readAllLines(tmp.resolve("w/sensitivity.csv")).stream().skip(1)
                .allMatch(l -> l.startsWith("population.women_share,")));
        String[][] bad = {
            {"--params", "cooperation.regie"},
            {"--params", "name"},
            {"--group", "lang"},
            {"--metrics", "without_at_release.paspoort"},
            {"--ranking", "without_at_release"},
            {"--delta", "1.5"},
        };
        for (String[] args : bad) {
            List<String> all = new ArrayList<>(List.of("sensitivity", scenarioFile.toString(), "--out", out("bad")));
            all.addAll(List.of(args));
            CliHarness.Outcome b = cli.execute(all.toArray(String[]::new));
            assertEquals(2, b.exitCode(), String.join(" ", args) + ": " + b.err());
            assertTrue(b.err().contains(args[0]), b.err());
            assertFalse(b.err().contains("Exception"), b.err());
            assertFalse(Files.exists(tmp.resolve("bad")));
        }
    }

    @Test
    void aScenarioWithoutEstimatesIsBadInput() {
        cli.parameters = (file, overrides) -> List.of(new ScenarioParameter("population.women_share", "0.06", "share",
                file + ":4:3", "CBS (B)"));
        CliHarness.Outcome o = cli.execute("sensitivity", scenarioFile.toString(), "--out", out("n"));
        assertEquals(2, o.exitCode());
        assertTrue(o.err().startsWith("sensitivity: no parameter to screen"), o.err());
    }

    @Test
    void shardsMergeToTheSingleRun() throws IOException {
        assertEquals(0, cli.execute("sensitivity", scenarioFile.toString(), "--replications", "4", "--out",
                out("single")).exitCode());
        for (int i = 0; i < 2; i++) {
            assertEquals(0, cli.execute("sensitivity", scenarioFile.toString(), "--replications", "4", "--shard",
                    i + "/2", "--out", out("shard" + i)).exitCode());
        }
        CliHarness.Outcome m = cli.execute("merge", out("shard1"), out("shard0"), "--out", out("merged"));
        assertEquals(0, m.exitCode(), m.err());
        for (String file : List.of("sensitivity.csv", "sensitivity_ranking.csv", "knelpunten.csv")) {
            assertArrayEquals(Files.readAllBytes(tmp.resolve("single").resolve(file)),
                    Files.readAllBytes(tmp.resolve("merged").resolve(file)), file);
        }
    }

    @Test
    void theKnelpuntenReportTakesTheRankingOfASensitivityFolder() throws IOException {
        assertEquals(0, cli.execute("sensitivity", scenarioFile.toString(), "--out", out("s")).exitCode());
        CliHarness.Outcome k = cli.execute("knelpunten", scenarioFile.toString(), "--knelpunten", "kort_verblijf",
                "--sensitivity", out("s"), "--replications", "2", "--out", out("k"));
        assertEquals(0, k.exitCode(), k.err());
        assertArrayEquals(Files.readAllBytes(tmp.resolve("s/sensitivity_ranking.csv")),
                Files.readAllBytes(tmp.resolve("k/sensitivity_ranking.csv")));
        assertEquals("../s", Files.readString(tmp.resolve("k/sensitivity_source.txt")).strip());
        CliHarness.Outcome missing = cli.execute("knelpunten", scenarioFile.toString(), "--sensitivity",
                out("nothing"), "--out", out("k2"));
        assertEquals(2, missing.exitCode());
        assertTrue(missing.err().contains("--sensitivity: " + out("nothing") + " has no sensitivity_ranking.csv"),
                missing.err());
    }
}
