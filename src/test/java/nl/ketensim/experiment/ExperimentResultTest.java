package nl.ketensim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.ketensim.results.Metric;
import nl.ketensim.results.ReplicationResult;
import org.junit.jupiter.api.Test;

class ExperimentResultTest {

    private static ReplicationResult result(int r, Metric... metrics) {
        return new ReplicationResult(r, List.of(metrics), 10);
    }

    @Test
    void acceptsReplicationsWithTheSameLayout() {
        ExperimentResult result = new ExperimentResult(List.of(
                result(0, new Metric("all", "a", "days", 1)),
                result(1, new Metric("all", "a", "days", Double.NaN))), 1, 0.5);

        assertEquals(2, result.size());
        assertEquals(20, result.totalEvents());
    }

    @Test
    void rejectsADifferentMetricOrder() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ExperimentResult(List.of(
                result(0, new Metric("all", "a", "days", 1), new Metric("all", "b", "days", 1)),
                result(1, new Metric("all", "b", "days", 1), new Metric("all", "a", "days", 1))), 1, 0));

        assertTrue(e.getMessage().startsWith("replication 1 metric 0 is all|b"), e.getMessage());
    }

    @Test
    void rejectsADifferentUnitOrCount() {
        assertThrows(IllegalArgumentException.class, () -> new ExperimentResult(List.of(
                result(0, new Metric("all", "a", "days", 1)),
                result(1, new Metric("all", "a", "share", 1))), 1, 0));
        assertThrows(IllegalArgumentException.class, () -> new ExperimentResult(List.of(
                result(0, new Metric("all", "a", "days", 1)),
                result(1)), 1, 0));
    }

    @Test
    void rejectsReplicationsOutOfOrderOrNone() {
        assertThrows(IllegalArgumentException.class,
                () -> new ExperimentResult(List.of(result(1), result(0)), 1, 0));
        assertThrows(IllegalArgumentException.class, () -> new ExperimentResult(List.of(), 1, 0));
    }
}
