package nl.ketensim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The comparison loop's order of runs and its summary, on fakes; no timing is asserted. */
class InJvmComparisonTest {

    @Test
    void roundKRunsReplicationKOfBothBuildsInAlternatingOrder() {
        List<String> calls = new ArrayList<>();
        InJvmComparison comparison = new InJvmComparison(r -> {
            calls.add("this " + r);
            return 100 + r;
        }, r -> {
            calls.add("other " + r);
            return 200 + r;
        }, 3.0);

        List<InJvmComparison.Round> rounds = comparison.run(1, 2, r -> calls.add("round " + r.round()));

        assertEquals(List.of("this 0", "other 0", "round 0", "other 1", "this 1", "round 1", "this 2", "other 2",
                "round 2"), calls);
        assertEquals(List.of(true, false, false), rounds.stream().map(InJvmComparison.Round::warmup).toList());
        assertEquals(List.of(true, false, true), rounds.stream().map(InJvmComparison.Round::thisFirst).toList());
        assertEquals(102, rounds.get(2).thisEvents());
        assertEquals(202, rounds.get(2).otherEvents());
    }

    @Test
    void theSummaryLeavesOutTheWarmupAndGivesMedianQuartilesAndSums() {
        List<InJvmComparison.Round> rounds = List.of(
                round(true, 9.0, 1.0), // warm-up: a ratio of 9 must not count
                round(false, 0.8, 1.0), round(false, 1.8, 2.0), round(false, 1.0, 1.0),
                round(false, 1.1, 1.0), round(false, 1.2, 1.0));

        InJvmComparison.Summary s = InJvmComparison.summary(rounds);

        assertEquals(1.0, s.medianRatio(), 1e-12);       // ratios 0.8, 0.9, 1.0, 1.1, 1.2
        assertEquals(0.85, s.lowerQuartile(), 1e-12);    // commons-math: position p (n + 1) = 1.5
        assertEquals(1.15, s.upperQuartile(), 1e-12);
        assertEquals(5.9 / 6.0, s.sumRatio(), 1e-12);
        assertEquals(1.1, s.thisMedian(), 1e-12);
        assertEquals(1.0, s.otherMedian(), 1e-12);
        assertEquals(1.0, s.speedUp(), 1e-12);
    }

    private static InJvmComparison.Round round(boolean warmup, double thisCpu, double otherCpu) {
        return new InJvmComparison.Round(0, warmup, true, thisCpu, otherCpu, 1, 1);
    }
}
