package nl.ketensim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.ketensim.results.Metric;
import nl.ketensim.results.ReplicationResult;
import nl.ketensim.stats.IntervalEstimate;
import nl.ketensim.stats.StudentTInterval;
import org.junit.jupiter.api.Test;

/**
 * The per-relief sequential design on deterministic replication functions: a base with
 * 10,000 misses a year plus a fixed wobble, and reliefs that prevent a known amount with a known
 * spread, so the counts each needs follow from the Student-t interval alone.
 */
class ReliefPrecisionTest {

    private static final double BASE = 10_000;

    /** A fixed, irregular wobble per replication index in [-1, 1] (no period the rule could exploit). */
    private static double wobble(int r) {
        return Math.sin(1.0 + 2.3 * r * r + 0.7 * r);
    }

    private static ReplicationResult misses(int r, double value) {
        return new ReplicationResult(r, List.of(new Metric("all", "misses", "persons/year", value)), 1);
    }

    private static ReplicationFunction base() {
        return r -> misses(r, BASE + 300 * wobble(r));
    }

    /** The base's misses less {@code prevented} + {@code spread} × a second wobble. */
    private static ReplicationFunction relief(double prevented, double spread) {
        return r -> misses(r, BASE + 300 * wobble(r) - prevented - spread * wobble(r + 1000));
    }

    private static ReliefPrecision rule(double relative, int start, int max) {
        return new ReliefPrecision(relative, 0.02, start, max, r -> r.metrics().get(0).value());
    }

    /** The prevented values of replications 0..n-1 of a relief. */
    private static double[] prevented(double mean, double spread, int n) {
        double[] d = new double[n];
        for (int r = 0; r < n; r++) {
            d[r] = mean + spread * wobble(r + 1000);
        }
        return d;
    }

    /** The smallest n &ge; from whose paired 95% half-width is within rel × mean. */
    private static int needed(double mean, double spread, double rel, int from) {
        for (int n = from; ; n++) {
            IntervalEstimate e = StudentTInterval.mean95(prevented(mean, spread, n));
            if (e.halfWidth() <= rel * Math.abs(e.mean())) {
                return n;
            }
        }
    }

    private static final List<ReplicationFunction> STUDY = List.of(
            base(),
            relief(2000, 0),      // exact: met at the start
            relief(1000, 80),    // matters, needs more than the start
            relief(100, 80),      // 1% of the base: does not matter, however wide
            relief(3000, 40));    // matters, met at the start

    @Test
    void eachReliefGetsTheReplicationsItsOwnIntervalNeeds() {
        ReliefPrecision.Outcome o = rule(0.02, 4, 100).run(new StudyRunner(2, ProgressListener.NONE), STUDY, 0);

        List<ReliefPrecision.Status> s = o.statuses();
        assertTrue(o.met());
        assertEquals(4, s.get(0).n(), "an exact relief stops at the start");
        assertEquals(4, s.get(2).n(), "a relief below 2% of the base is not refined");
        assertFalse(s.get(2).matters());
        assertEquals(4, s.get(3).n(), "a precise relief stops at the start");
        int need = needed(1000, 80, 0.02, 4);
        assertTrue(need > 8, "the case must need refining, needs " + need);
        int n = s.get(1).n();
        assertTrue(n >= need && n <= need + need / 4, "needed " + need + ", ran " + n);
        assertTrue(s.get(1).met() && s.get(1).halfWidth() <= 0.02 * 1000 * 1.01);
        assertEquals(n, o.results().replications(), "the base runs as far as the longest relief");
        assertEquals(2 * n + 3 * 4, o.results().runs(), "base and the refined relief n each, the others 4");
        for (List<ReplicationResult> variant : o.results().variants()) {
            for (int i = 0; i < variant.size(); i++) {
                assertEquals(i, variant.get(i).replication(), "replications 0..n-1, pairable by index");
            }
        }
    }

    @Test
    void theCountsAndValuesDoNotDependOnTheThreadCount() {
        ReliefPrecision.Outcome one = rule(0.02, 3, 100).run(new StudyRunner(1, ProgressListener.NONE), STUDY, 0);
        ReliefPrecision.Outcome four = rule(0.02, 3, 100).run(new StudyRunner(4, ProgressListener.NONE), STUDY, 0);

        assertEquals(one.statuses(), four.statuses());
        assertEquals(one.results().variants(), four.results().variants());
    }

    @Test
    void stopsAtTheMaximumAndSaysTheTargetWasNotMet() {
        ReliefPrecision.Outcome o = rule(0.001, 3, 7).run(new StudyRunner(2, ProgressListener.NONE), STUDY, 0);

        assertFalse(o.met());
        assertEquals(7, o.statuses().get(1).n());
        assertTrue(o.statuses().get(1).refine());
        assertEquals(7, o.results().replications());
        assertEquals(3, o.statuses().get(2).n(), "what does not matter stays at the start");
    }

    @Test
    void theBaseNeedNotBeTheFirstVariant() {
        List<ReplicationFunction> study = List.of(relief(1000, 80), base());
        ReliefPrecision.Outcome o = rule(0.02, 4, 100).run(new StudyRunner(2, ProgressListener.NONE), study, 1);

        assertEquals(0, o.statuses().get(0).variant());
        assertEquals(o.statuses().get(0).n(), o.results().variant(1).size());
    }

    @Test
    void refusesSettingsOutsideTheirRange() {
        assertThrows(IllegalArgumentException.class, () -> rule(0, 4, 10));
        assertThrows(IllegalArgumentException.class, () -> rule(0.02, 1, 10));
        assertThrows(IllegalArgumentException.class, () -> rule(0.02, 5, 4));
        assertThrows(IllegalArgumentException.class,
                () -> new ReliefPrecision(0.02, 1, 4, 10, r -> 0));
    }
}
