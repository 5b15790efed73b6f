package nl.ketensim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import nl.ketensim.model.ReintegrationModel;
import nl.ketensim.results.ReplicationResult;
import nl.ketensim.scenario.ScenarioException;
import nl.ketensim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bench --against}: bad input gives one message and exit 2; this build's own classes, loaded
 * as "the other build" from the test class path, run in their own class loader and give this
 * build's results. No timing is asserted.
 */
class BenchAgainstTest {

    /** A small real scenario: about 10,000 admissions a year. */
    private static final String SMALL = "src/test/resources/one-person/one-person.yaml";
    private static final long SEED = 20260101L;

    @TempDir
    Path tmp;

    private final CliHarness cli = new CliHarness();

    /** This build with its dependencies, as the test JVM was given it. */
    private static String testClassPath() {
        return System.getProperty("java.class.path");
    }

    private static List<Path> testClassPathEntries() {
        return Arrays.stream(testClassPath().split(File.pathSeparator)).map(Path::of).toList();
    }

    private Path fakeScenario() throws IOException {
        return Files.writeString(tmp.resolve("fake.yaml"), "name: fake\n");
    }

    private static void assertBadInput(CliHarness.Outcome o, String message) {
        assertEquals(ExitCodes.BAD_INPUT, o.exitCode(), o.out() + o.err());
        assertTrue(o.err().contains(message), o.err());
        assertFalse(o.err().contains("Exception") || o.err().contains("\tat "), o.err());
    }

    @Test
    void aMissingJarIsBadInput() throws IOException {
        String missing = tmp.resolve("missing.jar").toString();
        assertBadInput(cli.execute("bench", fakeScenario().toString(), "--against", missing),
                "--against: jar not found: " + missing);
        assertBadInput(cli.execute("bench", fakeScenario().toString(), "--against", ""), "--against: an empty path");
    }

    @Test
    void aFileWithoutKetensimIsBadInput() throws IOException {
        Path notAJar = Files.writeString(tmp.resolve("notes.jar"), "not a jar");
        assertBadInput(cli.execute("bench", fakeScenario().toString(), "--against", notAJar.toString()),
                notAJar + " is not a ketensim build (jar with its dependencies): class "
                        + "nl.ketensim.scenario.ScenarioLoader not found");
    }

    @Test
    void aBuildWithoutTheModelConstructorIsBadInput() throws IOException {
        Path classes = compile(
                "package nl.ketensim.scenario; public class Scenario { }",
                "package nl.ketensim.scenario; public class ScenarioLoader {"
                        + " public static Scenario load(java.nio.file.Path file) { return new Scenario(); } }",
                "package nl.ketensim.model; public class ReintegrationModel {"
                        + " public ReintegrationModel(nl.ketensim.scenario.Scenario s) { }"
                        + " public Object run(int replication, double years) { return null; } }");
        assertBadInput(cli.execute("bench", fakeScenario().toString(), "--against", classes.toString()),
                classes + " has no public new ReintegrationModel(Scenario, long)");
    }

    @Test
    void aScenarioTheOtherBuildRejectsIsBadInputInItsWords() throws IOException {
        String broken = "src/test/resources/broken/out-of-range.yaml";
        CliHarness.Outcome o = cli.execute("bench", fakeScenario().toString(), "--against", testClassPath(),
                "--against-scenario", broken);
        assertBadInput(o, ") rejects " + broken + " (give it a scenario of its own with --against-scenario):");
        assertTrue(o.err().contains("out-of-range.yaml:"), o.err());
    }

    @Test
    void optionsThatDoNotApplyAreBadInput() throws IOException {
        String scenario = fakeScenario().toString();
        assertBadInput(cli.execute("bench", scenario, "--against-scenario", scenario),
                "--against-scenario needs --against OTHER.jar");
        assertBadInput(cli.execute("bench", scenario, "--warmup-rounds", "1"), "--warmup-rounds needs --against");
        assertBadInput(cli.execute("bench", scenario, "--against", "x.jar", "--warmup-rounds", "-1"),
                "Invalid value for option '--warmup-rounds': must be at least 0, got -1");
        assertBadInput(cli.execute("bench", scenario, "--against", "x.jar", "--threads", "2"),
                "--against cannot be combined with --threads");
        assertBadInput(cli.execute("bench", scenario, "--against", "x.jar", "--set", "a=1"),
                "--against cannot be combined with --set");
        assertBadInput(cli.execute("bench", tmp.resolve("none.yaml").toString(), "--against", testClassPath()),
                "scenario file not found");
    }

    @Test
    void theOtherBuildRunsInItsOwnClassLoaderAndGivesTheSameResults() throws BadInputException, IOException,
            ScenarioException {
        ReplicationResult own = new ReintegrationModel(ScenarioLoader.load(Path.of(SMALL)), SEED).run(1, 0.1);
        try (OtherBuild other = OtherBuild.open(testClassPathEntries(), Path.of(SMALL), SEED)) {
            OtherBuild.Run run = other.run(1, 0.1);

            assertNotSame(ReplicationResult.class, run.result().getClass());
            assertEquals(ReplicationResult.class.getName(), run.result().getClass().getName());
            assertEquals(own.eventsProcessed(), run.eventsProcessed());
            assertEquals(own.toString(), run.result().toString()); // a record: every metric and series point
        }
    }

    @Test
    void benchAgainstPrintsEveryRoundOfBothBuildsAndTheSummary() {
        cli.scenarios = ScenarioSource.LOADER;
        cli.models = ModelFactory.REINTEGRATION_MODEL;

        CliHarness.Outcome o = cli.execute("bench", SMALL, "--against", testClassPath(), "--years", "0.1",
                "--replications", "2", "--warmup-rounds", "1");

        assertEquals(ExitCodes.OK, o.exitCode(), o.err());
        Matcher row = Pattern.compile("(?m)^\\s+(\\d+)  (this|other)( \\(JIT\\))?\\s+[\\d.]+\\s+[\\d.]+\\s+[\\d.]+"
                + "\\s+(\\d+)\\s+(\\d+)$").matcher(o.out());
        int rounds = 0;
        while (row.find()) {
            assertEquals(rounds, Integer.parseInt(row.group(1)), o.out());
            assertEquals(rounds % 2 == 0 ? "this" : "other", row.group(2), o.out());
            assertEquals(rounds == 0, row.group(3) != null, o.out());
            assertEquals(row.group(4), row.group(5), "same code, same seed: same events\n" + o.out());
            rounds++;
        }
        assertEquals(3, rounds, o.out());
        assertTrue(o.out().contains("Summary of the 2 measured rounds"), o.out());
        assertTrue(o.out().contains("ratio this/other"), o.out());
        assertTrue(o.out().contains("speed-up other/this"), o.out());
    }

    /** Compiles the sources into a fresh class directory. */
    private Path compile(String... sources) throws IOException {
        Path src = Files.createDirectories(tmp.resolve("src"));
        Path classes = Files.createDirectories(tmp.resolve("classes"));
        String[] args = new String[sources.length + 2];
        args[0] = "-d";
        args[1] = classes.toString();
        for (int i = 0; i < sources.length; i++) {
            Matcher name = Pattern.compile("class (\\w+)").matcher(sources[i]);
            assertTrue(name.find());
            args[i + 2] = Files.writeString(src.resolve(name.group(1) + ".java"), sources[i]).toString();
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertEquals(0, javac.run(null, null, null, args));
        return classes;
    }
}
