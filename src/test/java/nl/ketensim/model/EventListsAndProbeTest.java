package nl.ketensim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import nl.ketensim.results.ReplicationResult;
import nl.ketensim.scenario.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The basis gives identical results on every event list and with the benchmark's probe, and the
 * probe's counts add up.
 */
class EventListsAndProbeTest {

    private static final double YEARS = 0.1;
    private static final long SEED = 17;

    @ParameterizedTest
    @EnumSource(EventListChoice.class)
    void everyEventListGivesTheResultsOfTheDefaultList(EventListChoice list) {
        Scenario basis = ModelRuns.basis();
        ReplicationResult expected = new ReintegrationModel(basis, SEED).run(1, YEARS);
        assertEquals(expected, new ReintegrationModel(basis, SEED, list).run(1, YEARS));
    }

    @Test
    void theProbeChangesNothingAndItsCountsAddUp() {
        Scenario basis = ModelRuns.basis();
        ReintegrationModel model = new ReintegrationModel(basis, SEED);
        Recorder recorder = new Recorder();
        ReplicationResult probed = model.runProbed(0, YEARS, recorder);

        assertEquals(model.run(0, YEARS), probed);
        RunStatistics stats = recorder.statistics;
        assertEquals(probed.eventsProcessed(), stats.events());
        assertEquals(stats.events(), stats.eventsByKind().values().stream().mapToLong(Long::longValue).sum());
        assertEquals(stats.admitted(), stats.eventsByKind().get("admission"));
        assertEquals(basis.simulation().warmupDays() + YEARS * 365 + basis.aftercare().followUpDays(),
                stats.simulatedDays(), 1e-9);
        assertTrue(stats.initialPopulation() > 5_000, "initial population " + stats.initialPopulation());
        // start, the period ends within the measurement, and its end
        assertEquals(basis.simulation().warmupDays(), recorder.times.get(0), 1e-9);
        assertEquals(basis.simulation().warmupDays() + YEARS * 365, recorder.times.get(recorder.times.size() - 1),
                1e-9);
        assertEquals(List.of(true), recorder.ends);
    }

    /** Counts by kind and records what it is told. */
    private static final class Recorder implements RunProbe {
        private RunStatistics statistics;
        private final List<Double> times = new ArrayList<>();
        private final List<Boolean> ends = new ArrayList<>();

        @Override
        public boolean countsByKind() {
            return true;
        }

        @Override
        public void measuring(double time, boolean end) {
            times.add(time);
            if (end) {
                ends.add(true);
            }
        }

        @Override
        public void finished(RunStatistics stats) {
            this.statistics = stats;
        }
    }
}
