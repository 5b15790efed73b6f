package nl.ketensim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.ketensim.experiment.FakeModel;
import nl.ketensim.results.Metric;
import nl.ketensim.results.ReplicationResult;
import nl.ketensim.results.SeriesPoint;
import nl.ketensim.scenario.Scenario;
import nl.ketensim.scenario.ScenarioException;
import nl.ketensim.scenario.SimulationSettings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The study commands on a fake model: outputs, shard + merge, bad input, precision. */
class StudyCommandsTest {

    @TempDir
    Path tmp;

    private final CliHarness cli = new CliHarness();
    private Path scenarioFile;
    private Path otherFile;

    /** A scenario named after its file and overrides, with a 56-day warm-up. */
    static Scenario scenario(Path file, List<String> overrides) {
        String name = file.getFileName().toString().replace(".yaml", "") + (overrides.isEmpty() ? "" : overrides.toString());
        Scenario s = CliHarness.scenario(name);
        return new Scenario(s.name(), s.description(), null, null, List.of(), List.of(), null, null, null, null,
                null, null, null, null, new SimulationSettings(56));
    }

    /** FakeModel's values shifted by the scenario (so scenarios differ), plus a population series. */
    static ReplicationResult fake(Scenario scenario, int r) {
        ReplicationResult base = FakeModel.replication(r);
        double shift = 1 + Math.floorMod(scenario.name().hashCode(), 7) / 100.0;
        List<Metric> metrics = new ArrayList<>();
        for (Metric m : base.metrics()) {
            metrics.add(new Metric(m.group(), m.metric(), m.unit(), m.value() * shift));
        }
        List<SeriesPoint> series = new ArrayList<>();
        for (int p = 0; p < 20; p++) {
            double bias = p < 3 ? 500.0 / (p + 1) : 0;
            series.add(new SeriesPoint("population", "persons", p, 28.0 * p,
                    9000 + bias + 10 * Math.sin(p * 1.7 + r)));
        }
        return new ReplicationResult(r, metrics, series, base.eventsProcessed());
    }

    @BeforeEach
    void fakes() throws IOException {
        scenarioFile = Files.writeString(tmp.resolve("basis.yaml"), "name: basis\n");
        otherFile = Files.writeString(tmp.resolve("ander.yaml"), "name: ander\n");
        cli.scenarios = (file, overrides) -> CliHarness.loaded(scenario(file, overrides));
        cli.models = (scenario, seed, years) -> r -> fake(scenario, r);
    }

    private String out(String name) {
        return tmp.resolve(name).toString();
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /**
     * The whole folders agree byte for byte (charts, report and CSV files in every subfolder), except
     * the provenance fields README documents as differing between runs: in {@code manifest.json}
     * and in the provenance table of {@code report.html}.
     */
    private void assertSameFolderButProvenance(Path expected, Path actual) throws IOException {
        List<String> files = relativeFiles(expected);
        assertEquals(files, relativeFiles(actual));
        for (String name : files) {
            byte[] a = Files.readAllBytes(expected.resolve(name));
            byte[] b = Files.readAllBytes(actual.resolve(name));
            if (name.equals("manifest.json") || name.equals("report.html")) {
                assertEquals(Provenance.masked(new String(a, StandardCharsets.UTF_8)),
                        Provenance.masked(new String(b, StandardCharsets.UTF_8)), name);
            } else {
                assertArrayEquals(a, b, name);
            }
        }
    }

    private static List<String> relativeFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).map(p -> folder.relativize(p).toString()).sorted().toList();
        }
    }

    /** Runs {@code args} whole, then as three shards merged in scrambled order; the files must agree. */
    private void assertShardsMergeToTheSingleRun(String... args) throws IOException {
        cli.reports = ReportStep.CHARTS_AND_REPORT;
        List<String> whole = new ArrayList<>(List.of(args));
        whole.addAll(List.of("--replications", "5", "--out", out("single")));
        CliHarness.Outcome single = cli.execute(whole.toArray(String[]::new));
        assertEquals(0, single.exitCode(), single.err());
        for (int i = 0; i < 3; i++) {
            List<String> shard = new ArrayList<>(List.of(args));
            shard.addAll(List.of("--replications", "5", "--shard", i + "/3", "--threads", Integer.toString(i + 1),
                    "--out", out("shard" + i)));
            CliHarness.Outcome o = cli.execute(shard.toArray(String[]::new));
            assertEquals(0, o.exitCode(), o.err());
            assertTrue(o.out().contains("Shard written to"), o.out());
        }
        CliHarness.Outcome merged = cli.execute("merge", out("shard2"), out("shard0"), out("shard1"),
                "--out", out("merged"));
        assertEquals(0, merged.exitCode(), merged.err());

        assertSameFolderButProvenance(tmp.resolve("single"), tmp.resolve("merged"));
        assertTrue(Files.readString(tmp.resolve("merged/manifest.json")).contains("\"replications\" : 5"));
    }

    @Test
    void runShardsMergeToTheSingleRun() throws IOException {
        assertShardsMergeToTheSingleRun("run", scenarioFile.toString());
        assertEquals(List.of("charts", "knelpunten.csv", "manifest.json", "replications.csv", "report.html",
                "scenario_parameters.csv", "series.csv", "summary.csv"),
                names(tmp.resolve("merged")));
        assertTrue(names(tmp.resolve("merged/charts")).stream().anyMatch(f -> f.endsWith(".svg")),
                "the SVG charts are compared too");
    }

    @Test
    void compareShardsMergeToTheSingleRun() throws IOException {
        assertShardsMergeToTheSingleRun("compare", scenarioFile.toString(), otherFile.toString());
    }

    @Test
    void sweepShardsMergeToTheSingleRun() throws IOException {
        assertShardsMergeToTheSingleRun("sweep", scenarioFile.toString(), "--param", "a.b", "--values", "1,2",
                "--param2", "c", "--values2", "x,y,z");
    }

    @Test
    void knelpuntenShardsMergeToTheSingleRun() throws IOException {
        assertShardsMergeToTheSingleRun("knelpunten", scenarioFile.toString(), "--knelpunten",
                "kort_verblijf,capaciteit_gemeente", "--factorial");
    }

    @Test
    void warmupShardsMergeToTheSingleRun() throws IOException {
        assertShardsMergeToTheSingleRun("warmup", scenarioFile.toString());
    }

    @Test
    void compareWritesPairedDifferencesAgainstTheBase() throws IOException {
        CliHarness.Outcome o = cli.execute("compare", scenarioFile.toString(), scenarioFile.toString(),
                otherFile.toString(), "--replications", "4", "--out", out("c"));

        assertEquals(0, o.exitCode(), o.err());
        List<String> lines = Files.readAllLines(tmp.resolve("c/comparison.csv"));
        assertEquals("scenario,group,metric,base_mean,scenario_mean,diff_mean,diff_ci95_low,diff_ci95_high,"
                + "replications,var_reduction,unit", lines.get(0));
        int metrics = FakeModel.replication(0).metrics().size();
        assertEquals(1 + 2 * metrics, lines.size());
        // the base against itself: every difference exactly 0
        for (String line : lines.subList(1, 1 + metrics)) {
            String[] cells = line.split(",", -1);
            assertEquals("basis", cells[0]);
            assertEquals("0", cells[5], line);
        }
        assertTrue(o.out().contains("var.red."), o.out());
    }

    @Test
    void knelpuntenWritesTheReliefTableBesideTheDescriptiveAttribution() throws IOException {
        CliHarness.Outcome o = cli.execute("knelpunten", scenarioFile.toString(), "--replications", "3",
                "--knelpunten", "kort_verblijf,externe_voorziening,capaciteit_gemeente", "--out", out("k"));

        assertEquals(0, o.exitCode(), o.err());
        assertEquals(List.of("comparison.csv", "knelpunten.csv", "knelpunten_relief.csv", "manifest.json",
                "reliefs.csv", "scenario_parameters.csv"),
                names(tmp.resolve("k")));
        String comparison = Files.readString(tmp.resolve("k/comparison.csv"));
        assertTrue(comparison.lines().count() > 1 && comparison.contains(",all,"), comparison);
        List<String> lines = Files.readAllLines(tmp.resolve("k/knelpunten_relief.csv"));
        assertTrue(lines.get(0).startsWith("knelpunt,basisvoorwaarde,missed_per_year_base,missed_per_year_relieved,"
                + "prevented_mean,prevented_ci95_low,prevented_ci95_high,"), lines.get(0));
        // 3 reliefs + all relieved, each for id, onderdak and all
        assertEquals(1 + 4 * 3, lines.size());
        assertTrue(lines.get(1).startsWith("kort_verblijf,id,"), lines.get(1));
        assertTrue(lines.get(lines.size() - 1).startsWith("alle,all,"), lines.get(lines.size() - 1));
        assertEquals("knelpunt,overrides,rationale", Files.readAllLines(tmp.resolve("k/reliefs.csv")).get(0));
        String manifest = Files.readString(tmp.resolve("k/manifest.json"));
        assertTrue(manifest.contains("external.housing_wait_days_mean=0"), manifest);
    }

    @Test
    void theResultsDoNotDependOnTheThreadCount() throws IOException {
        cli.reports = ReportStep.CHARTS_AND_REPORT;
        cli.execute("compare", scenarioFile.toString(), otherFile.toString(), "--replications", "6", "--threads", "1",
                "--out", out("t1"));
        cli.execute("compare", scenarioFile.toString(), otherFile.toString(), "--replications", "6", "--threads", "4",
                "--out", out("t4"));

        assertSameFolderButProvenance(tmp.resolve("t1"), tmp.resolve("t4"));
    }

    @Test
    void precisionReportsTheReplicationsItNeeded() throws IOException {
        CliHarness.Outcome met = cli.execute("run", scenarioFile.toString(), "--precision", "0.2",
                "--replications", "3", "--out", out("p1"));
        CliHarness.Outcome notMet = cli.execute("compare", scenarioFile.toString(), otherFile.toString(),
                "--precision", "0.00001", "--replications", "2", "--max-replications", "7", "--out", out("p2"));

        assertEquals(0, met.exitCode(), met.err());
        java.util.regex.Matcher needed = java.util.regex.Pattern
                .compile("within 20.0% of its mean after (\\d+) replications").matcher(met.out());
        assertTrue(needed.find(), met.out());
        int n = Integer.parseInt(needed.group(1));
        // the fake share without ID has a relative sd near 0.19: 3 replications are not enough, 30 too many
        assertTrue(n > 3 && n < 30, "needed " + n);
        assertEquals(1 + n, Files.readAllLines(tmp.resolve("p1/replications.csv")).size());
        assertEquals(0, notMet.exitCode(), notMet.err());
        assertTrue(notMet.out().contains("Precision NOT reached: after 7 replications"), notMet.out());
        assertTrue(Files.readString(tmp.resolve("p2/manifest.json")).contains("\"precision_met\" : false"));
        assertTrue(Files.readString(tmp.resolve("p2/comparison.csv")).contains(",7,"));
    }

    @Test
    void knelpuntenPrecisionGivesEachReliefTheReplicationsItNeedsAtAnyThreadCount() throws IOException {
        cli.reports = ReportStep.CHARTS_AND_REPORT;
        String[] args = {"knelpunten", scenarioFile.toString(), "--knelpunten",
            "kort_verblijf,externe_voorziening,capaciteit_gemeente,informatiedeling", "--precision", "0.0001",
            "--min-effect", "0.01", "--max-replications", "6"};
        List<String> one = new ArrayList<>(List.of(args));
        one.addAll(List.of("--threads", "1", "--out", out("kp1")));
        List<String> three = new ArrayList<>(List.of(args));
        three.addAll(List.of("--threads", "3", "--out", out("kp3")));
        CliHarness.Outcome o = cli.execute(one.toArray(String[]::new));
        CliHarness.Outcome o3 = cli.execute(three.toArray(String[]::new));

        assertEquals(0, o.exitCode(), o.err());
        assertEquals(0, o3.exitCode(), o3.err());
        assertSameFolderButProvenance(tmp.resolve("kp1"), tmp.resolve("kp3"));
        assertTrue(o.out().contains("Precision per relief"), o.out());
        List<String> lines = Files.readAllLines(tmp.resolve("kp1/knelpunten_relief.csv"));
        assertTrue(lines.get(0).endsWith(",replications,var_reduction,descriptive_missed_per_year,"
                + "descriptive_ci95_low,descriptive_ci95_high,prevented_halfwidth_pct"), lines.get(0));
        // the fake reliefs shift every value by a whole percentage of the scenario's name hash: those
        // preventing at least 1% are refined to the maximum, the others stay at the start of 5
        java.util.Set<String> counts = new java.util.TreeSet<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            counts.add(cells[7]);
            double prevented = Double.parseDouble(cells[4]);
            double base = Double.parseDouble(cells[2]);
            if (cells[1].equals("all")) {
                assertEquals(Math.abs(prevented) >= 0.01 * base ? "6" : "5", cells[7], line);
            }
        }
        assertTrue(counts.size() > 1 || counts.contains("6"), counts.toString());
        String manifest = Files.readString(tmp.resolve("kp1/manifest.json"));
        assertTrue(manifest.contains("\"replications\" : 6") && manifest.contains("\"precision_met\" : false"),
                manifest);
        assertTrue(o.out().contains("NOT met at --max-replications"), o.out());
        String html = Files.readString(tmp.resolve("kp1/report.html"));
        assertTrue(html.contains("tot 6 onafhankelijke replicaties") && html.contains("--precision 0.0001")
                && html.contains(">± %</th>"), "the report tells the sequential design and n per relief");
        assertTrue(html.contains("--precision 0.0001 --min-effect 0.01 --replications 5 --max-replications 6"),
                "the report names every option that set the counts, so the run can be repeated");
        assertTrue(manifest.contains("\"precision_options\" : \"--precision 0.0001 --min-effect 0.01 "
                + "--replications 5 --max-replications 6\""), manifest);
    }

    @Test
    void badOptionsAreReportedOneLineEachWithoutAFolder() {
        List<String[]> cases = List.of(
                new String[] {"knelpunten", scenarioFile.toString(), "--knelpunten", "kort_verblijf,geld"},
                new String[] {"knelpunten", scenarioFile.toString(), "--factorial"},
                new String[] {"knelpunten", scenarioFile.toString(), "--precision", "0.02", "--factorial",
                    "--knelpunten", "kort_verblijf,informatiedeling"},
                new String[] {"knelpunten", scenarioFile.toString(), "--precision", "0.02", "--min-effect", "1.5"},
                new String[] {"knelpunten", scenarioFile.toString(), "--precision", "0.02", "--min-effect", "-0.1"},
                new String[] {"knelpunten", scenarioFile.toString(), "--precision", "0.02", "--max-replications", "1"},
                new String[] {"knelpunten", scenarioFile.toString(), "--min-effect", "0.05"},
                new String[] {"knelpunten", scenarioFile.toString(), "--precision", "0.02", "--shard", "0/2"},
                new String[] {"sweep", scenarioFile.toString(), "--param", "a", "--values", "1", "--param2", "b"},
                new String[] {"run", scenarioFile.toString(), "--precision", "0.1", "--shard", "0/2"},
                new String[] {"run", scenarioFile.toString(), "--precision", "0.1", "--replications", "1"},
                new String[] {"run", scenarioFile.toString(), "--precision", "0.1", "--max-replications", "1"},
                new String[] {"run", scenarioFile.toString(), "--precision", "1.5"},
                new String[] {"run", scenarioFile.toString(), "--shard", "2/2"},
                new String[] {"run", scenarioFile.toString(), "--shard", "4/5", "--replications", "3"},
                new String[] {"compare", scenarioFile.toString()},
                new String[] {"compare", scenarioFile.toString(), tmp.resolve("missing.yaml").toString()});
        for (String[] args : cases) {
            List<String> withOut = new ArrayList<>(List.of(args));
            withOut.addAll(List.of("--out", out("bad")));
            CliHarness.Outcome o = cli.execute(withOut.toArray(String[]::new));
            assertEquals(ExitCodes.BAD_INPUT, o.exitCode(), String.join(" ", args) + ": " + o.err());
            assertFalse(o.err().contains("Exception"), o.err());
            assertFalse(Files.exists(tmp.resolve("bad")), String.join(" ", args));
        }
        CliHarness.Outcome unknown = cli.execute("knelpunten", scenarioFile.toString(), "--knelpunten", "geld");
        assertTrue(unknown.err().startsWith("--knelpunten: unknown knelpunt 'geld'; allowed: kort_verblijf, "),
                unknown.err());
        CliHarness.Outcome tooFew = cli.execute("knelpunten", scenarioFile.toString(), "--precision", "0.02",
                "--max-replications", "1");
        assertEquals("--precision needs --max-replications of at least 2 (it starts from 2 or more replications), "
                + "got 1", tooFew.err().strip());
        CliHarness.Outcome factorial = cli.execute("knelpunten", scenarioFile.toString(), "--factorial");
        assertEquals("--factorial runs 2^k scenarios: choose at most 7 knelpunten with --knelpunten (now 10)",
                factorial.err().strip());
    }

    @Test
    void scenarioProblemsOfEveryVariantAreReportedOnceEach() {
        cli.scenarios = (file, overrides) -> {
            List<String> problems = new ArrayList<>();
            for (String o : overrides) {
                if (o.endsWith("=bad")) {
                    problems.add("--set " + o + ": must be a number");
                }
            }
            if (!problems.isEmpty()) {
                throw new ScenarioException(problems);
            }
            return CliHarness.loaded(scenario(file, overrides));
        };

        CliHarness.Outcome o = cli.execute("sweep", scenarioFile.toString(), "--param", "a", "--values", "1,bad",
                "--param2", "b", "--values2", "bad,2", "--out", out("bad"));

        assertEquals(ExitCodes.BAD_INPUT, o.exitCode());
        assertEquals(List.of("--set b=bad: must be a number", "--set a=bad: must be a number"), o.err().lines().toList());
        assertFalse(Files.exists(tmp.resolve("bad")));
    }

    @Test
    void mergeRefusesIncompleteMixedOrForeignFolders() throws IOException {
        for (int i = 0; i < 2; i++) {
            cli.execute("run", scenarioFile.toString(), "--replications", "4", "--shard", i + "/2", "--out",
                    out("a" + i));
        }
        cli.execute("run", otherFile.toString(), "--replications", "4", "--shard", "1/2", "--out", out("b1"));
        cli.execute("run", scenarioFile.toString(), "--replications", "3", "--out", out("whole"));

        CliHarness.Outcome missing = cli.execute("merge", out("a0"), "--out", out("m"));
        CliHarness.Outcome twice = cli.execute("merge", out("a0"), out("a1"), out("a1"), "--out", out("m"));
        CliHarness.Outcome foreign = cli.execute("merge", out("a0"), out("b1"), "--out", out("m"));
        CliHarness.Outcome notAShard = cli.execute("merge", out("whole"), "--out", out("m"));

        assertEquals("replications [1, 3] of 4 are in none of the folders: a shard is missing", missing.err().strip());
        assertTrue(twice.err().startsWith("replication 1 is in both"), twice.err());
        assertEquals(out("b1") + ": a shard of a different study than " + out("a0") + " (plan.json differs)",
                foreign.err().strip());
        assertEquals(out("whole") + ": not a shard folder (no plan.json)", notAShard.err().strip());
        for (CliHarness.Outcome o : List.of(missing, twice, foreign, notAShard)) {
            assertEquals(ExitCodes.BAD_INPUT, o.exitCode());
        }
        assertFalse(Files.exists(tmp.resolve("m")));
    }

    @Test
    void mergeRefusesShardsBuiltFromDifferentCode() throws IOException {
        runTwoShards();
        withCommit(out("s0"), "1111111111111111111111111111111111111111");
        withCommit(out("s1"), "2222222222222222222222222222222222222222");
        CliHarness.Outcome differ = cli.execute("merge", out("s0"), out("s1"), "--out", out("m"));
        assertEquals(ExitCodes.BAD_INPUT, differ.exitCode());
        assertEquals(out("s1") + ": built from different code than " + out("s0") + " (git_commit "
                + "2222222222222222222222222222222222222222 against 1111111111111111111111111111111111111111); rerun "
                + "every shard with the same build", differ.err().strip());
        assertFalse(Files.exists(tmp.resolve("m")));

        withCommit(out("s1"), "1111111111111111111111111111111111111111");
        assertEquals(0, cli.execute("merge", out("s0"), out("s1"), "--out", out("same")).exitCode());
    }

    @Test
    void mergeAcceptsShardsWhoseManifestsDoNotKnowTheirCommit() throws IOException {
        runTwoShards();
        withCommit(out("s0"), "1111111111111111111111111111111111111111");
        withCommit(out("s1"), "unknown"); // built outside a git checkout
        CliHarness.Outcome o = cli.execute("merge", out("s0"), out("s1"), "--out", out("m"));
        assertEquals(0, o.exitCode(), o.err());
    }

    /** Shards s0 and s1 of a 4-replication run. */
    private void runTwoShards() {
        for (int i = 0; i < 2; i++) {
            cli.execute("run", scenarioFile.toString(), "--replications", "4", "--shard", i + "/2", "--out",
                    out("s" + i));
        }
    }

    /** A fixture manifest: as if the build had recorded its commit (git_commit, git_dirty). */
    private static void withCommit(String shardFolder, String commit) throws IOException {
        Path manifest = Path.of(shardFolder, "manifest.json");
        String json = Files.readString(manifest).replaceFirst(",\\s*\"git_commit\" : \"[^\"]*\",\\s*"
                + "\"git_dirty\" : (true|false|null)", "");
        int close = json.lastIndexOf('}');
        Files.writeString(manifest, json.substring(0, close).stripTrailing() + ",\n  \"git_commit\" : \"" + commit
                + "\",\n  \"git_dirty\" : false\n}\n");
    }

    @Test
    void warmupFindsTheTransientWithinTheWarmup() throws IOException {
        CliHarness.Outcome o = cli.execute("warmup", scenarioFile.toString(), "--replications", "3", "--out", out("w"));

        assertEquals(0, o.exitCode(), o.err());
        List<String> lines = Files.readAllLines(tmp.resolve("w/warmup.csv"));
        assertEquals("metric,replication,periods,warmup_days,mser5_truncation_day,mser5_within_warmup,mser5_reliable,"
                + "mser1_truncation_day,mser1_within_warmup,mser1_reliable", lines.get(0));
        assertEquals(1 + 4, lines.size());
        // the bias lasts 3 periods (to day 84) > 56 days warm-up: MSER-5 cuts one batch (140 days),
        // MSER on single periods cuts exactly the 3 biased periods
        assertEquals("population,mean,20,56,140,false,true,84,false,true", lines.get(1));
        assertTrue(o.out().contains("LATE"), o.out());
    }
}
