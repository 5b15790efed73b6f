package nl.ketensim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import nl.ketensim.output.BuildInfo;
import nl.ketensim.scenario.ResolvedScenarioHash;
import nl.ketensim.scenario.ScenarioException;
import nl.ketensim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Shard + merge on the real model and the shipped scenarios (short runs): the files equal the
 * single run's, the resolved scenario parameters included.
 */
class RealModelShardTest {

    @TempDir
    Path tmp;

    @Test
    void mergedShardsOfACompareEqualTheSingleRunByteForByte() throws IOException {
        CliHarness cli = new CliHarness();
        cli.scenarios = ScenarioSource.LOADER;
        cli.models = ModelFactory.REINTEGRATION_MODEL;
        String[] study = {"compare", "scenarios/basis.yaml", "scenarios/meer-casemanagers.yaml", "--years", "0.1",
            "--replications", "2"};

        CliHarness.Outcome single = cli.execute(concat(study, "--out", tmp.resolve("single").toString()));
        cli.execute(concat(study, "--shard", "0/2", "--out", tmp.resolve("s0").toString()));
        cli.execute(concat(study, "--shard", "1/2", "--threads", "1", "--out", tmp.resolve("s1").toString()));
        CliHarness.Outcome merged = cli.execute("merge", tmp.resolve("s1").toString(), tmp.resolve("s0").toString(),
                "--out", tmp.resolve("merged").toString());

        assertEquals(0, single.exitCode(), single.err());
        assertEquals(0, merged.exitCode(), merged.err());
        assertArrayEquals(Files.readAllBytes(tmp.resolve("single/comparison.csv")),
                Files.readAllBytes(tmp.resolve("merged/comparison.csv")));
        List<String> lines = Files.readAllLines(tmp.resolve("merged/comparison.csv"));
        assertEquals(lines.size(), Files.readAllLines(tmp.resolve("single/comparison.csv")).size());
    }

    @Test
    void mergedShardsOfARunEqualTheSingleRunInEveryFileButTheManifest() throws IOException, ScenarioException {
        CliHarness cli = new CliHarness();
        cli.scenarios = ScenarioSource.LOADER;
        cli.models = ModelFactory.REINTEGRATION_MODEL;
        cli.parameters = ParameterSource.SCENARIO_FILES;
        String[] study = {"run", "scenarios/meer-casemanagers.yaml", "--set", "staffing.gemeente.fte=+10%",
            "--years", "0.1", "--replications", "3"};

        CliHarness.Outcome single = cli.execute(concat(study, "--out", tmp.resolve("single").toString()));
        for (int i = 0; i < 3; i++) {
            cli.execute(concat(study, "--shard", i + "/3", "--out", tmp.resolve("s" + i).toString()));
        }
        CliHarness.Outcome merged = cli.execute("merge", tmp.resolve("s2").toString(), tmp.resolve("s0").toString(),
                tmp.resolve("s1").toString(), "--out", tmp.resolve("merged").toString());

        assertEquals(0, single.exitCode(), single.err());
        assertEquals(0, merged.exitCode(), merged.err());
        List<String> files = names(tmp.resolve("single"));
        assertEquals(List.of("knelpunten.csv", "manifest.json", "replications.csv", "scenario_parameters.csv",
                "series.csv", "summary.csv", "validation.csv"), files);
        assertEquals(files, names(tmp.resolve("merged")));
        for (String file : files) {
            if (!file.equals("manifest.json")) {
                assertArrayEquals(Files.readAllBytes(tmp.resolve("single").resolve(file)),
                        Files.readAllBytes(tmp.resolve("merged").resolve(file)), file);
            }
        }
        String parameters = Files.readString(tmp.resolve("merged/scenario_parameters.csv"));
        assertTrue(parameters.contains("\nstaffing.gemeente.fte,"), parameters);
        assertTrue(parameters.contains("--set staffing.gemeente.fte=+10%"), parameters);
        String resolved = ResolvedScenarioHash.of(ScenarioLoader.loadWithOrigins(
                Path.of("scenarios/meer-casemanagers.yaml"), List.of("staffing.gemeente.fte=+10%")));
        for (String folder : List.of("single", "s0", "merged")) {
            String manifest = Files.readString(tmp.resolve(folder).resolve("manifest.json"));
            assertTrue(manifest.contains("\"resolved_scenario_sha256\" : \"" + resolved + "\""), manifest);
            assertTrue(manifest.contains("\"git_commit\" : \"" + BuildInfo.gitRevision().commit() + "\""), manifest);
        }
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static String[] concat(String[] head, String... tail) {
        String[] all = new String[head.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);
        return all;
    }
}
