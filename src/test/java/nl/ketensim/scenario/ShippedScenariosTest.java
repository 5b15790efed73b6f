package nl.ketensim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import nl.ketensim.model.ReintegrationModel;
import nl.ketensim.results.Metric;
import nl.ketensim.results.ReplicationResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every scenario file shipped in {@code scenarios/} (discovered, not listed) validates, carries
 * its own name and runs: two short replications whose key results are sensible.
 */
class ShippedScenariosTest {

    private static final long SEED = 20260101L;
    private static final int REPLICATIONS = 2;
    /** Measured years per replication; short, after the scenario's own warm-up. */
    private static final double YEARS = 0.1;

    static Stream<Path> shippedScenarios() throws IOException {
        return ShippedScenarioFiles.list().stream();
    }

    @Test
    void theLibraryHoldsBasisAndItsWhatIfs() throws IOException {
        List<String> names = ShippedScenarioFiles.list().stream().map(p -> p.getFileName().toString()).toList();
        assertTrue(names.contains("basis.yaml"), names.toString());
        assertTrue(names.size() > 1, names.toString());
    }

    @Test
    void namesAreUniqueAndMatchTheFileNames() throws Exception {
        Set<String> seen = new HashSet<>();
        for (Path file : ShippedScenarioFiles.list()) {
            String name = ScenarioLoader.load(file).name();
            assertTrue(seen.add(name), "scenario name used twice: " + name);
            assertEquals(file.getFileName().toString().replaceFirst("\\.yaml$", ""), name, file.toString());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shippedScenarios")
    void validatesAndRuns(Path file) throws ScenarioException {
        Scenario scenario = ScenarioLoader.load(file);
        ReintegrationModel model = new ReintegrationModel(scenario, SEED);
        List<String> firstKeys = null;
        for (int r = 0; r < REPLICATIONS; r++) {
            ReplicationResult result = model.run(r, YEARS);
            assertEquals(r, result.replication());
            assertTrue(result.eventsProcessed() > 0, file + " processed no events");
            List<String> keys = new ArrayList<>();
            for (Metric m : result.metrics()) {
                keys.add(m.key());
                assertSensible(file, m);
            }
            if (firstKeys == null) {
                firstKeys = keys;
            }
            assertEquals(firstKeys, keys, "every replication lists the same metrics");
            double releases = value(result, "all", "releases_per_year");
            assertTrue(releases > 0 && Double.isFinite(releases), file + ": releases_per_year " + releases);
        }
    }

    private static void assertSensible(Path file, Metric m) {
        String what = file + ": " + m.key() + " = " + m.value();
        assertFalse(Double.isInfinite(m.value()), what);
        if (m.unit().equals("share")) {
            // occupancy counts people placed over capacity too, so it may exceed 1
            double max = m.metric().startsWith("occupancy") ? Double.POSITIVE_INFINITY : 1;
            assertTrue(Double.isNaN(m.value()) || (m.value() >= 0 && m.value() <= max), what);
        }
    }

    private static double value(ReplicationResult result, String group, String metric) {
        return result.metrics().stream()
                .filter(m -> m.group().equals(group) && m.metric().equals(metric))
                .mapToDouble(Metric::value)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no metric " + group + "|" + metric));
    }
}
