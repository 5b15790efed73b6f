package nl.ketensim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.ketensim.scenario.ScenarioFiles;
import org.junit.jupiter.api.Test;

/** {@code ketensim validate}: every file checked, ok lines on stdout, every problem on stderr. */
class ValidateCommandTest {

    private static final String BROKEN = "src/test/resources/broken/";
    private static final String NAME_MISSING = "name: missing; a scenario that extends another needs its own name";

    private final CliHarness cli = new CliHarness();

    static void assertNoStackTrace(CliHarness.Outcome o) {
        assertFalse(o.err().contains("\tat ") || o.err().contains("Exception"), o.err());
        assertFalse(o.out().contains("\tat ") || o.out().contains("Exception"), o.out());
    }

    @Test
    void everyShippedScenarioIsOk() throws IOException {
        List<String> args = new ArrayList<>(List.of("validate"));
        List<Path> files = ScenarioFiles.in(Path.of("scenarios"));
        files.forEach(f -> args.add(f.toString()));

        CliHarness.Outcome o = cli.execute(args.toArray(String[]::new));

        assertEquals(ExitCodes.OK, o.exitCode(), o.err());
        assertEquals("", o.err());
        List<String> lines = o.out().lines().toList();
        assertEquals(files.size(), lines.size(), o.out());
        assertTrue(lines.contains("ok  scenarios/mdo-elke-4-weken.yaml  (mdo-elke-4-weken: Wat als het MDO elke 4 "
                + "in plaats van elke 6 weken plaatsvindt? (werkstroomschema, Bijlage I))"), o.out());
        lines.forEach(line -> assertTrue(line.matches("ok  scenarios/[^ ]+\\.yaml  \\([^:]+: .+\\)"), line));
    }

    @Test
    void checksEveryFileAndReportsEveryProblem() {
        CliHarness.Outcome o = cli.execute("validate", BROKEN + "missing-name.yaml", "scenarios/basis.yaml",
                BROKEN + "out-of-range.yaml", "does-not-exist.yaml");

        assertEquals(ExitCodes.BAD_INPUT, o.exitCode());
        assertEquals(List.of("ok  scenarios/basis.yaml  (basis: Hoe verloopt de voorbereiding op terugkeer nu, en "
                + "welke knelpunten verklaren dat basisvoorwaarden bij ontslag niet geregeld zijn? (Inspectie JenV, "
                + "plan van aanpak §1.3))"), o.out().lines().toList());
        assertEquals(List.of(
                BROKEN + "missing-name.yaml:2:1: " + NAME_MISSING,
                BROKEN + "out-of-range.yaml:3:16: population.women_share: 1.7 is out of range; allowed: 0 to 1 (share)",
                "does-not-exist.yaml: file not found",
                "3 of 4 scenario files invalid"), o.err().lines().toList());
        assertNoStackTrace(o);
    }

    @Test
    void overridesApplyToEachFile() {
        CliHarness.Outcome ok = cli.execute("validate", "scenarios/basis.yaml", "scenarios/colocatie.yaml",
                "--set", "staffing.casemanager.fte=+10%");
        CliHarness.Outcome bad = cli.execute("validate", "scenarios/basis.yaml", "scenarios/colocatie.yaml",
                "--set", "staffing.casemanager.fte=-1");

        assertEquals(ExitCodes.OK, ok.exitCode(), ok.err());
        assertEquals(2, ok.out().lines().count(), ok.out());
        assertEquals(ExitCodes.BAD_INPUT, bad.exitCode());
        String problem = "--set staffing.casemanager.fte=-1: -1 is out of range; allowed: 0.01 to 20000 (FTE)";
        assertEquals(List.of(problem, problem, "2 of 2 scenario files invalid"), bad.err().lines().toList());
    }

    @Test
    void usageErrorsExitTwo() {
        CliHarness.Outcome none = cli.execute("validate");
        CliHarness.Outcome badSet = cli.execute("validate", "scenarios/basis.yaml", "--set", "no-equals-sign");

        assertEquals(ExitCodes.BAD_INPUT, none.exitCode());
        assertTrue(none.err().contains("Missing required parameter: 'SCENARIO'"), none.err());
        assertEquals(ExitCodes.BAD_INPUT, badSet.exitCode());
        assertTrue(badSet.err().contains("expected PATH=VALUE, got 'no-equals-sign'"), badSet.err());
        assertNoStackTrace(none);
        assertNoStackTrace(badSet);
    }
}
