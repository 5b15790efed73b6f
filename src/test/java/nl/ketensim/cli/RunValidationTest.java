package nl.ketensim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code run} writes validation.csv when the scenario's folder has published figures. */
class RunValidationTest {

    private static final String FIGURES = """
            basis: ../basis.yaml
            figures:
              - metric: stay_days_mean
                group: all
                low: 100
                high: 120
                source: DJI
                confidence: A
                population: all releases
                role: calibrated
              - metric: without_at_release.id
                group: all
                low: 0.5
                source: test
                confidence: E
                population: all releases
                role: prediction
                known_deviation: the fake model is far below this on purpose
              - metric: without_after_13w.id
                group: all
                high: 0.2
                source: test
                confidence: E
                population: all releases
                role: prediction
                status: pending
            """;

    @TempDir
    Path tmp;

    private final CliHarness cli = new CliHarness();
    private Path basis;
    private Path figures;

    @BeforeEach
    void scenarioFolder() throws IOException {
        basis = Files.writeString(tmp.resolve("basis.yaml"), "name: basis\n");
        Files.createDirectories(tmp.resolve("validation"));
        figures = Files.writeString(tmp.resolve("validation/published.yaml"), FIGURES);
    }

    @Test
    void aRunOfTheBasisWritesTheVerdictsAndSaysHowManyArePredictions() throws IOException {
        CliHarness.Outcome o = cli.execute("run", basis.toString(), "--replications", "4", "--out",
                tmp.resolve("r").toString());
        assertEquals(0, o.exitCode(), o.err());
        List<String> lines = Files.readAllLines(tmp.resolve("r/validation.csv"));
        assertEquals("metric,group,model_mean,ci95_low,ci95_high,published_low,published_high,source,role,verdict,"
                + "known_deviation,population,basis", lines.get(0));
        assertTrue(lines.get(1).startsWith("stay_days_mean,all,1"), lines.get(1));
        assertTrue(lines.get(1).endsWith(",100,120,DJI (A),calibrated,in,,all releases,yes"), lines.get(1));
        assertTrue(lines.get(2).contains(",0.5,,test (E),prediction,under,the fake model is far below this on purpose,"),
                lines.get(2));
        assertTrue(lines.get(3).startsWith("without_after_13w.id,all,,,,,0.2,"), lines.get(3));
        assertTrue(lines.get(3).contains(",pending,"), lines.get(3));
        assertTrue(o.out().contains("Validation: 1 of 2 published figures in range, 1 known deviation, 0 unexplained; "
                + "1 genuine prediction (only these validate); 1 not yet modelled"), o.out());
    }

    @Test
    void overridesOrAnotherScenarioMarkTheTableAsNotTheBasis() throws IOException {
        CliHarness.Outcome o = cli.execute("run", basis.toString(), "--set", "a.b=1", "--out",
                tmp.resolve("r").toString());
        assertEquals(0, o.exitCode(), o.err());
        assertTrue(Files.readAllLines(tmp.resolve("r/validation.csv")).get(1).endsWith(",no"));
        assertTrue(o.out().contains("Validation (NOT the basis scenario: for information only)"), o.out());

        Path other = Files.writeString(tmp.resolve("other.yaml"), "name: other\n");
        assertEquals(0, cli.execute("run", other.toString(), "--out", tmp.resolve("o").toString()).exitCode());
        assertTrue(Files.readAllLines(tmp.resolve("o/validation.csv")).get(1).endsWith(",no"));
    }

    @Test
    void aBadFigureIsBadInputWithFileLineAndColumnAndNoFolder() throws IOException {
        Files.writeString(figures, FIGURES.replace("stay_days_mean", "stay_weeks_mean"));
        CliHarness.Outcome o = cli.execute("run", basis.toString(), "--out", tmp.resolve("r").toString());
        assertEquals(2, o.exitCode());
        assertEquals(figures + ":3:13: figures[0].metric: unknown metric 'stay_weeks_mean'; allowed: a metric of "
                + "summary.csv, e.g. releases_per_year or without_at_release.id (or status: pending for one the "
                + "model does not produce yet)", o.err().strip());
        assertFalse(Files.exists(tmp.resolve("r")));
    }

    @Test
    void aScenarioFolderWithoutPublishedFiguresGetsNoValidationFile() throws IOException {
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
        Path scenario = Files.writeString(elsewhere.resolve("s.yaml"), "name: s\n");
        CliHarness.Outcome o = cli.execute("run", scenario.toString(), "--out", tmp.resolve("r").toString());
        assertEquals(0, o.exitCode(), o.err());
        assertFalse(Files.exists(tmp.resolve("r/validation.csv")));
        assertFalse(o.out().contains("Validation"));
    }
}
