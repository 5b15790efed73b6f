package nl.ketensim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import nl.ketensim.results.Metric;
import nl.ketensim.results.ReplicationResult;
import nl.ketensim.stats.StudentTInterval;
import org.junit.jupiter.api.Test;

class PrecisionRunTest {

    /** Releases per year 1000 ± spread (alternating), a constant without_at_release.id share. */
    private static ReplicationFunction alternating(double spread) {
        return r -> new ReplicationResult(r, List.of(
                new Metric("all", "releases_per_year", "persons/year", 1000 + (r % 2 == 0 ? spread : -spread)),
                new Metric("all", "without_at_release.id", "share", 0.15),
                new Metric("all", "stay_days_mean", "days", r % 2 == 0 ? 1 : 1000)), 1);
    }

    private static double relativeHalfWidth(StudyResults results, int n) {
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = results.variant(0).get(i).metrics().get(0).value();
        }
        var e = StudentTInterval.mean95(values);
        return e.halfWidth() / e.mean();
    }

    @Test
    void stopsAtTheStartWhenTheTargetIsAlreadyMet() {
        PrecisionRun.Outcome o = PrecisionRun.run(new StudyRunner(2, ProgressListener.NONE),
                List.of(alternating(1)), 4, 100, new PrecisionTarget(0.05));

        assertTrue(o.check().met());
        assertEquals(4, o.results().replications());
    }

    @Test
    void addsReplicationsUntilTheHalfWidthIsBelowTheTargetAndNoLonger() {
        // relative sd 0.05: the half-width falls below 2% of the mean only after about 26 replications
        PrecisionRun.Outcome o = PrecisionRun.run(new StudyRunner(2, ProgressListener.NONE),
                List.of(alternating(50)), 3, 200, new PrecisionTarget(0.02));

        int n = o.results().replications();
        assertTrue(o.check().met());
        assertEquals("all|releases_per_year", o.check().worstKey());
        assertTrue(relativeHalfWidth(o.results(), n) <= 0.02);
        // it did not simply run to the maximum: n is at most twice the first count that suffices
        int first = 3;
        while (relativeHalfWidth(o.results(), first) > 0.02) {
            first++;
        }
        assertTrue(n >= first && n <= 2 * first, "stopped at " + n + ", first sufficient count " + first);
        assertEquals(List.of(0, 1, 2), o.results().variant(0).subList(0, 3).stream()
                .map(ReplicationResult::replication).toList());
    }

    @Test
    void stopsAtTheMaximumAndSaysTheTargetWasNotMet() {
        PrecisionRun.Outcome o = PrecisionRun.run(new StudyRunner(1, ProgressListener.NONE),
                List.of(alternating(500)), 2, 9, new PrecisionTarget(0.001));

        assertFalse(o.check().met());
        assertEquals(9, o.results().replications());
        assertTrue(o.check().ratio() > 1);
    }

    @Test
    void theReplicationCountDoesNotDependOnTheThreadCount() {
        List<Integer> counts = new ArrayList<>();
        for (int threads : new int[] {1, 3}) {
            counts.add(PrecisionRun.run(new StudyRunner(threads, ProgressListener.NONE),
                    List.of(alternating(50), alternating(30)), 3, 200, new PrecisionTarget(0.02))
                    .results().replications());
        }
        assertEquals(counts.get(0), counts.get(1));
    }

    @Test
    void theNextCountGrowsAtMostTwofoldAndAtLeastByOne() {
        assertEquals(20, PrecisionTarget.next(10, new PrecisionTarget.Check(false, "k", 3), 100));
        assertEquals(11, PrecisionTarget.next(10, new PrecisionTarget.Check(false, "k", 1.01), 100));
        assertEquals(13, PrecisionTarget.next(10, new PrecisionTarget.Check(false, "k", 1.1), 100));
        assertEquals(15, PrecisionTarget.next(10, new PrecisionTarget.Check(false, "k", 3), 15));
        assertEquals(20, PrecisionTarget.next(10, new PrecisionTarget.Check(false, "k", Double.POSITIVE_INFINITY), 100));
    }
}
