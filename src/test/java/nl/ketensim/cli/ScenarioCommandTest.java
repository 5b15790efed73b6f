package nl.ketensim.cli;

import static nl.ketensim.cli.ValidateCommandTest.assertNoStackTrace;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.ketensim.reference.ParameterReference;
import nl.ketensim.scenario.Scenario;
import nl.ketensim.scenario.ScenarioFiles;
import nl.ketensim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ketensim scenario show|list|reference}. */
class ScenarioCommandTest {

    @TempDir
    Path tmp;

    private final CliHarness cli = new CliHarness();

    private Scenario reload(String yaml) throws Exception {
        return ScenarioLoader.load(Files.writeString(tmp.resolve("shown.yaml"), yaml, StandardCharsets.UTF_8));
    }

    @Test
    void withoutASubcommandPrintsUsageAndExitsTwo() {
        CliHarness.Outcome o = cli.execute("scenario");

        assertEquals(ExitCodes.BAD_INPUT, o.exitCode());
        assertTrue(o.err().contains("Usage: ketensim scenario"), o.err());
    }

    @Test
    void showPrintsTheResolvedScenarioWhichLoadsBackEqual() throws Exception {
        CliHarness.Outcome o = cli.execute("scenario", "show", "scenarios/meer-casemanagers.yaml");

        assertEquals(ExitCodes.OK, o.exitCode(), o.err());
        assertEquals("", o.err());
        assertTrue(o.out().startsWith("# scenarios/meer-casemanagers.yaml resolved by ketensim scenario show"), o.out());
        assertTrue(o.out().contains("\nname: meer-casemanagers\n"), o.out());
        assertEquals(ScenarioLoader.load(Path.of("scenarios/meer-casemanagers.yaml")), reload(o.out()));
    }

    @Test
    void showWithOriginsAndOverridesNamesWhereEachValueComesFrom() throws Exception {
        List<String> overrides = List.of("prisons[0].places=500", "staffing.gemeente.fte=x2");
        CliHarness.Outcome o = cli.execute("scenario", "show", "scenarios/meer-casemanagers.yaml", "--origins",
                "--set", overrides.get(0), "--set", overrides.get(1));

        assertEquals(ExitCodes.OK, o.exitCode(), o.err());
        assertTrue(o.out().contains("\n# --set prisons[0].places=500\n"), o.out());
        assertTrue(o.out().lines().anyMatch(l -> l.startsWith("    places: 500 ")
                && l.endsWith("# --set prisons[0].places=500")), o.out());
        assertTrue(o.out().lines().anyMatch(l -> l.startsWith("    fte: 227.5 ")
                && l.endsWith("# scenarios/meer-casemanagers.yaml:9:10")), o.out());
        assertTrue(o.out().lines().anyMatch(l -> l.startsWith("    fte: 400 ")
                && l.endsWith("# --set staffing.gemeente.fte=x2")), o.out());
        assertEquals(ScenarioLoader.load(Path.of("scenarios/meer-casemanagers.yaml"), overrides), reload(o.out()));
    }

    @Test
    void showReportsProblemsWithoutAStackTrace() {
        CliHarness.Outcome missing = cli.execute("scenario", "show", "does-not-exist.yaml");
        CliHarness.Outcome invalid = cli.execute("scenario", "show", "src/test/resources/broken/enum-value.yaml");
        CliHarness.Outcome badSet = cli.execute("scenario", "show", "scenarios/basis.yaml", "--set", "prisons[99].places=1");

        assertEquals(ExitCodes.BAD_INPUT, missing.exitCode());
        assertEquals("does-not-exist.yaml: file not found\n", missing.err());
        assertEquals(ExitCodes.BAD_INPUT, invalid.exitCode());
        assertEquals("src/test/resources/broken/enum-value.yaml:3:21: staffing.queue_discipline: \"lifo\" is not "
                + "allowed; allowed: fifo, edf\n", invalid.err());
        assertEquals(ExitCodes.BAD_INPUT, badSet.exitCode());
        assertEquals("--set prisons[99].places=1: prisons: has no item [99]; it has 22 items, numbered from 0\n",
                badSet.err());
        for (CliHarness.Outcome o : List.of(missing, invalid, badSet)) {
            assertEquals("", o.out());
            assertNoStackTrace(o);
        }
    }

    @Test
    void listShowsEveryShippedScenarioWithItsQuestion() throws IOException {
        CliHarness.Outcome o = cli.execute("scenario", "list");

        assertEquals(ExitCodes.OK, o.exitCode(), o.err());
        List<String> lines = o.out().lines().toList();
        List<Path> files = ScenarioFiles.in(Path.of("scenarios"));
        assertEquals(files.size(), lines.size(), o.out());
        for (int i = 0; i < files.size(); i++) {
            String file = files.get(i).getFileName().toString();
            String name = file.replace(".yaml", "");
            assertTrue(lines.get(i).matches(file + " +" + name + " +\\S.{0,99}"), lines.get(i));
        }
        assertTrue(lines.stream().anyMatch(line -> line.matches("mdo-elke-4-weken\\.yaml +mdo-elke-4-weken +"
                + "Wat als het MDO elke 4 in plaats van elke 6 weken plaatsvindt\\?")), o.out());
    }

    @Test
    void listMarksInvalidFilesAndExitsTwo() throws IOException {
        String basis = Path.of("scenarios/basis.yaml").toAbsolutePath().toString().replace('\\', '/');
        Files.writeString(tmp.resolve("a-child.yaml"), "extends: '" + basis + "'\nname: a-child\n"
                + "description: Wat als er niets verandert? Een test.\n");
        Files.writeString(tmp.resolve("b-nameless.yaml"), "extends: '" + basis + "'\n");
        Files.writeString(tmp.resolve("notes.txt"), "not a scenario");

        CliHarness.Outcome o = cli.execute("scenario", "list", tmp.toString());

        assertEquals(ExitCodes.BAD_INPUT, o.exitCode());
        assertEquals(List.of(
                "a-child.yaml     a-child  Wat als er niets verandert?",
                "b-nameless.yaml  INVALID  " + tmp.resolve("b-nameless.yaml") + ":1:1: name: missing; a scenario "
                        + "that extends another needs its own name"), o.out().lines().toList());
        assertNoStackTrace(o);
    }

    @Test
    void listOfAMissingFolderIsBadInput() {
        CliHarness.Outcome o = cli.execute("scenario", "list", "no-such-folder");

        assertEquals(ExitCodes.BAD_INPUT, o.exitCode());
        assertEquals("scenario folder not found: no-such-folder\n", o.err());
    }

    @Test
    void referenceWritesThePageToStdoutOrAFile() throws Exception {
        String expected = ParameterReference.generate(Path.of("scenarios"));
        Path file = tmp.resolve("README.md");

        CliHarness.Outcome stdout = cli.execute("scenario", "reference");
        CliHarness.Outcome toFile = cli.execute("scenario", "reference", "--out", file.toString());

        assertEquals(ExitCodes.OK, stdout.exitCode(), stdout.err());
        assertEquals(expected, stdout.out());
        assertEquals(ExitCodes.OK, toFile.exitCode(), toFile.err());
        assertEquals(expected, Files.readString(file, StandardCharsets.UTF_8));
        assertEquals("", toFile.out());
    }

    /** The commands the README and scenarios/README.md show work as written. */
    @Test
    void documentedCommandsWork() {
        assertEquals(ExitCodes.OK, cli.execute("scenario", "show", "scenarios/colocatie.yaml", "--origins").exitCode());
        assertEquals(ExitCodes.OK, cli.execute("scenario", "show", "scenarios/basis.yaml",
                "--set", "prisons[0].places=500", "--origins").exitCode());
        assertEquals(ExitCodes.OK, cli.execute("validate", "scenarios/basis.yaml",
                "--set", "staffing.casemanager.fte=+20%", "--set", "staffing.queue_discipline=edf").exitCode());
    }
}
