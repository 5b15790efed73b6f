package nl.ketensim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultsReaderTest {

    @TempDir
    Path tmp;

    @Test
    void readsEveryFileOfAnExperimentFolder() throws IOException {
        Results r = ResultsReader.read(ResultsFixture.experimentFolder(tmp.resolve("x")));

        assertEquals("proef", r.manifest().scenario());
        assertEquals(ResultsFixture.SEED, r.manifest().seed());
        assertEquals(ResultsFixture.REPLICATIONS, r.manifest().replications());
        assertEquals(1.5, r.manifest().years());
        assertEquals(List.of("staffing.gemeente.fte=300"), r.manifest().overrides());
        assertEquals("9.8.7", r.manifest().version());
        assertEquals(0.3, r.find("all", "need_share.id").orElseThrow().estimate().mean());
        assertEquals(7, r.find("all", "need_share.id").orElseThrow().estimate().n());
        assertEquals(5, r.knelpunten().size());
        assertEquals(28.0, r.series().get(7).startDay());
        assertEquals(5, r.comparison().size());
        assertEquals(-0.04, r.comparison().get(1).difference().low());
        assertEquals(8, r.relief().size());
        assertTrue(r.relief().get(1).isTotal());
        assertEquals(3000.0, r.relief().get(1).prevented().mean());
        assertTrue(r.relief().get(7).isAllRelieved());
        assertEquals(Map.of("staffing.casemanager.fte", "150"), r.sweep().get(0).point());
        assertEquals("30", r.parameter("simulation.warmup_days").orElseThrow());
    }

    @Test
    void anEmptyCellIsNaNAndAnAbsentFileIsEmpty() throws IOException {
        Results r = ResultsReader.read(ResultsFixture.runFolder(tmp.resolve("run")));

        assertTrue(Double.isNaN(r.find("stay_le_14d", "plan_within_norm_share").orElseThrow().estimate().mean()));
        assertTrue(r.comparison().isEmpty());
        assertTrue(r.sweep().isEmpty());
        assertTrue(r.relief().isEmpty());
    }

    @Test
    void param1AndParam2NameTheGridPointWithItsValuesAsGiven() throws IOException {
        Path folder = ResultsFixture.runFolder(tmp.resolve("s"));
        ResultsFixture.twoParameterSweep(folder);

        SweepRow row = ResultsReader.read(folder).sweep().get(1);

        assertEquals(List.of("staffing.casemanager.fte", "cooperation.co_location"), List.copyOf(row.point().keySet()));
        assertEquals("0.5", row.point().get("cooperation.co_location"));
        assertEquals("all", row.group());
    }

    @Test
    void aMissingColumnNamesFileAndColumn() throws IOException {
        Path folder = Files.createDirectories(tmp.resolve("bad"));
        ResultsFixture.write(folder, "knelpunten.csv", "basisvoorwaarde,knelpunt\nid,kort_verblijf\n");

        IOException e = assertThrows(IOException.class, () -> ResultsReader.read(folder));

        assertEquals("knelpunten.csv: missing column 'missed_per_year_mean'", e.getMessage());
    }

    @Test
    void aStudyManifestGivesTheBaseScenarioAndEveryScenarioName() throws IOException {
        Path folder = Files.createDirectories(tmp.resolve("compare"));
        ResultsFixture.write(folder, "manifest.json", """
                {
                  "command" : "sweep",
                  "scenarios" : [ {
                    "name" : "staffing.casemanager.fte=150",
                    "scenario_file" : "scenarios/basis.yaml",
                    "scenario_sha256" : "abc",
                    "overrides" : [ "a=1", "staffing.casemanager.fte=150" ]
                  }, {
                    "name" : "staffing.casemanager.fte=200",
                    "scenario_file" : "scenarios/basis.yaml",
                    "scenario_sha256" : "abc",
                    "overrides" : [ "a=1", "staffing.casemanager.fte=200" ]
                  } ],
                  "settings" : { "param1" : "staffing.casemanager.fte", "param2" : "" },
                  "seed" : 5,
                  "replications" : 3,
                  "years" : 0.5,
                  "shard" : "0/1",
                  "precision" : null,
                  "threads" : 2,
                  "ketensim_version" : "0.1.0",
                  "git_commit" : "4c13de7f15d33fc02a61acee1697c272707bbcfa",
                  "git_dirty" : false
                }
                """);

        Manifest m = ResultsReader.read(folder).manifest();

        assertEquals("sweep", m.command());
        assertEquals("staffing.casemanager.fte=150", m.scenario());
        assertEquals(List.of("staffing.casemanager.fte=150", "staffing.casemanager.fte=200"), m.variants());
        assertEquals("scenarios/basis.yaml", m.scenarioFile());
        assertEquals("abc", m.scenarioSha256());
        assertEquals(List.of("a=1"), m.overrides());
        assertEquals(5, m.seed());
        assertEquals(3, m.replications());
        assertEquals(List.of(), m.compared());
        assertEquals("4c13de7f15d33fc02a61acee1697c272707bbcfa", m.gitCommit());
        assertEquals("false", m.gitDirty());

        ResultsFixture.write(folder, "scenario_parameters.csv", "path,value,unit,origin,source\nname,basis,,x:1:7,\n");
        assertEquals("basis", ResultsReader.read(folder).manifest().scenario());
    }

    @Test
    void aFolderWithoutManifestHasAnUnknownOne() throws IOException {
        Path folder = Files.createDirectories(tmp.resolve("empty"));

        Results r = ResultsReader.read(folder);

        assertEquals(Manifest.unknown(), r.manifest());
        assertTrue(r.summary().isEmpty());
    }
}
