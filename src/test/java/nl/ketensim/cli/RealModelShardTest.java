package nl.ketensim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Shard + merge on the real model and basis.yaml (short run): the files equal the single run's. */
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

    private static String[] concat(String[] head, String... tail) {
        String[] all = new String[head.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);
        return all;
    }
}
