package nl.ketensim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.ketensim.model.ReintegrationModel;
import nl.ketensim.results.ReplicationResult;
import nl.ketensim.scenario.LoadedScenario;
import nl.ketensim.scenario.ParameterCatalog;
import nl.ketensim.scenario.ParameterSpec;
import nl.ketensim.scenario.ParameterType;
import nl.ketensim.scenario.Scenario;
import nl.ketensim.scenario.ScenarioException;
import nl.ketensim.scenario.ScenarioLoader;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generated from the {@link ParameterCatalog}: for every parameter, a copy of basis.yaml with that
 * one value replaced by an extreme or ill-typed value (negative, zero, huge, NaN, infinite, tiny,
 * too large an integer, text, list, map, null; the upper bound and just past it). Loading must refuse it (one line per
 * problem naming the file, line, column and a field; {@code validate} prints these lines with
 * exit 2, see {@link #validatePrintsTheLinesWithExitTwo}) or it must complete a short run. The guard of minutes catches a hang; it is not a timing assertion. To keep the runs tiny the
 * copies have a tenth of the inflow and no warm-up (except where that value is the one tested).
 */
class ParameterExtremesTest {

    private static final Path BASIS = Path.of("scenarios/basis.yaml");
    private static final double RUN_YEARS = 0.02;
    private static final Duration HANG_GUARD = Duration.ofMinutes(3);
    private static final List<String> BASE = List.of("population.inflow_per_year", "simulation.warmup_days");

    @TempDir
    static Path dir;

    @TestFactory
    Stream<DynamicTest> everyParameterRefusesOrRunsEveryExtremeValue() throws Exception {
        LoadedScenario basis = ScenarioLoader.loadWithOrigins(BASIS, List.of());
        List<String> lines = Files.readAllLines(BASIS);
        List<DynamicTest> tests = new ArrayList<>();
        int n = 0;
        for (ParameterSpec spec : ParameterCatalog.all()) {
            String path = spec.path().replace("[]", "[0]");
            String origin = basis.origins().get(path);
            for (String value : values(spec)) {
                Path file = dir.resolve("extreme-" + (n++) + ".yaml");
                tests.add(DynamicTest.dynamicTest(path + "=" + value,
                        () -> assertTimeoutPreemptively(HANG_GUARD, () -> checkNamed(file, path, value, lines, basis,
                                origin))));
            }
        }
        return tests.stream();
    }

    @org.junit.jupiter.api.Test
    void validatePrintsTheLinesWithExitTwo() throws Exception {
        Path file = dir.resolve("nan.yaml");
        List<String> lines = new ArrayList<>(Files.readAllLines(BASIS));
        LoadedScenario basis = ScenarioLoader.loadWithOrigins(BASIS, List.of());
        replace(lines, basis.origins().get("staffing.gemeente.fte"), ".nan");
        Files.write(file, lines);
        CliHarness.Outcome o = new CliHarness().execute("validate", file.toString());
        ValidateCommandTest.assertNoStackTrace(o);
        assertEquals(ExitCodes.BAD_INPUT, o.exitCode());
        assertEquals(file + ":" + lineOf(basis.origins().get("staffing.gemeente.fte"))
                + ":10: staffing.gemeente.fte: expected a number (FTE), got \".nan\"", o.err().lines().findFirst()
                .orElseThrow());
    }

    /**
     * Ill-typed values; for all but texts (where any word is a name) also extreme numbers, and for
     * numbers the upper bound itself and the smallest number past it.
     */
    private static List<String> values(ParameterSpec spec) {
        List<String> values = new ArrayList<>(List.of("text", "[1, 2]", "{a: 1}", "~"));
        if (spec.type() != ParameterType.TEXT) {
            values.addAll(List.of("-1", "0", "1e300", ".nan", ".inf", "4.9e-324", "2147483648"));
        }
        if (spec.numeric()) {
            values.add(String.valueOf(spec.range().max()));
            values.add(String.valueOf(Math.nextUp(spec.range().max())));
        }
        return values;
    }

    /** {@link #check}, with the value tried in the message of any exception. */
    private static void checkNamed(Path file, String path, String value, List<String> basisLines,
                                   LoadedScenario basis, String origin) throws Exception {
        try {
            check(file, path, value, basisLines, basis, origin);
        } catch (RuntimeException e) {
            throw new AssertionError(path + "=" + value + ": " + e, e);
        }
    }

    private static void check(Path file, String path, String value, List<String> basisLines, LoadedScenario basis,
                              String origin) throws Exception {
        List<String> lines = new ArrayList<>(basisLines);
        java.util.TreeMap<Integer, String[]> edits = new java.util.TreeMap<>(java.util.Comparator.reverseOrder());
        edits.put(lineOf(origin), new String[] {origin, value});
        for (String base : BASE) {
            if (!base.equals(path)) {
                Object basisValue = basis.values().get(base);
                String baseOrigin = basis.origins().get(base);
                edits.put(lineOf(baseOrigin), new String[] {baseOrigin, base.startsWith("population")
                        ? String.valueOf(((Double) basisValue) / 10) : "0"});
            }
        }
        edits.values().forEach(edit -> replace(lines, edit[0], edit[1])); // last line first: removals shift
        Files.write(file, lines);
        Scenario scenario;
        try {
            scenario = ScenarioLoader.load(file);
        } catch (ScenarioException e) {
            assertRefused(file, path + "=" + value, e.problems());
            return;
        }
        ReplicationResult result = new ReintegrationModel(scenario, 1).run(0, RUN_YEARS);
        assertTrue(result.eventsProcessed() > 0, path + "=" + value);
    }

    /** One line per problem, each naming the file with line and column, and a field. */
    private static void assertRefused(Path file, String tried, List<String> problems) {
        assertTrue(!problems.isEmpty(), tried);
        for (String problem : problems) {
            assertTrue(problem.matches(java.util.regex.Pattern.quote(file.toString()) + ":\\d+:\\d+: [a-z_.\\[\\]0-9]+: .+"),
                    tried + ": " + problem);
        }
    }

    private static int lineOf(String origin) {
        String[] parts = origin.split(":");
        return Integer.parseInt(parts[parts.length - 2]);
    }

    /** Replaces the value that starts at {@code file:line:col} (a plain, quoted or block scalar). */
    private static void replace(List<String> lines, String origin, String value) {
        String[] parts = origin.split(":");
        int line = Integer.parseInt(parts[parts.length - 2]) - 1;
        int col = Integer.parseInt(parts[parts.length - 1]) - 1;
        String text = lines.get(line);
        int end;
        if (text.charAt(col) == '"') {
            end = text.indexOf('"', col + 1) + 1;
        } else {
            end = col;
            while (end < text.length() && ",}]#".indexOf(text.charAt(end)) < 0) {
                end++;
            }
            while (end > col && text.charAt(end - 1) == ' ') {
                end--;
            }
        }
        boolean block = text.charAt(col) == '>' || text.charAt(col) == '|';
        lines.set(line, text.substring(0, col) + value + text.substring(end));
        if (block) {
            int indent = text.length() - text.stripLeading().length();
            while (line + 1 < lines.size() && !lines.get(line + 1).isBlank()
                    && lines.get(line + 1).length() - lines.get(line + 1).stripLeading().length() > indent) {
                lines.remove(line + 1);
            }
        }
    }
}
