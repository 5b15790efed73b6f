package nl.ketensim.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import umontreal.ssj.rng.MRG32k3a;

class Mser5Test {

    private static double[] noise(int n) {
        MRG32k3a stream = new MRG32k3a();
        stream.setSeed(new long[] {1, 2, 3, 4, 5, 6});   // fixed: independent of other tests
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = 100 + stream.nextDouble();
        }
        return values;
    }

    @Test
    void aSeriesWhoseBatchMeansAreAllEqualIsNotTruncated() {
        double[] values = new double[100];
        for (int i = 0; i < values.length; i++) {
            values[i] = 100 + i % Mser5.BATCH;   // every batch of 5 has mean 102
        }
        Mser5.Truncation t = Mser5.truncate(values);

        assertEquals(0, t.observations());
        assertEquals(20, t.batches());
        assertTrue(t.reliable());
    }

    @Test
    void anInitialTransientIsCutOff() {
        double[] values = noise(100);
        for (int i = 0; i < 15; i++) {
            values[i] += 50.0 * (15 - i) / 15;   // decaying bias over the first 15 observations
        }

        Mser5.Truncation t = Mser5.truncate(values);

        // the biased observations are gone; beyond them MSER may drift on pure noise, never past half
        assertTrue(t.observations() >= 15 && t.observations() <= 50, "truncated " + t.observations());
        assertTrue(t.reliable());
    }

    @Test
    void aTrendThroughTheWholeSeriesIsFlaggedUnreliable() {
        double[] values = new double[60];
        for (int i = 0; i < values.length; i++) {
            values[i] = i;
        }

        assertFalse(Mser5.truncate(values).reliable());
    }

    @Test
    void fewerThanTwoBatchesLeaveTheTruncationUndetermined() {
        assertEquals(-1, Mser5.truncate(noise(9)).observations());
    }

    @Test
    void singleObservationBatchesResolveTheTransientExactly() {
        double[] values = noise(40);
        for (int i = 0; i < 3; i++) {
            values[i] += 20;
        }

        int single = Mser5.truncate(values, 1).observations();
        int five = Mser5.truncate(values).observations();
        assertTrue(single >= 3 && single <= 20, "MSER-1 cut " + single);
        assertTrue(five >= 5 && five % 5 == 0, "MSER-5 cut " + five);
        assertEquals(3, Mser5.truncate(new double[] {50, 40, 30, 1, 1, 1, 1, 1, 1, 1, 1, 1}, 1).observations());
    }

    @Test
    void theSmallestStatisticWinsAndATieKeepsTheEarlierCut() {
        // MSER-1 of 10, 0, 0, 0 (k = 4, limit 2): d = 0 gives 18.75 / 4, d = 1 and d = 2 give 0
        Mser5.Truncation t = Mser5.truncate(new double[] {10, 0, 0, 0}, 1);

        assertEquals(new Mser5.Truncation(1, 4, true), t);
    }

    @Test
    void aMinimumAtHalfTheSeriesIsFoundButUnreliable() {
        // d = 0: var(10, 10, 0, 0) / 4 = 6.25; d = 1: var(10, 0, 0) / 3 = 7.4; d = 2: 0
        assertEquals(new Mser5.Truncation(2, 4, false), Mser5.truncate(new double[] {10, 10, 0, 0}, 1));
        // two batches are enough to decide: d = 0 gives 4 / 2, d = 1 gives 0
        assertEquals(new Mser5.Truncation(1, 2, false), Mser5.truncate(new double[] {5, 1}, 1));
        assertEquals(new Mser5.Truncation(-1, 1, false), Mser5.truncate(new double[] {5}, 1));
    }

    @Test
    void batchesAverageTheirObservationsAndDropAnIncompleteLastBatch() {
        // batches of 2: means 10, 0, 0, 0, 0 (the eleventh value is dropped); d = 1 removes all variance
        double[] values = {20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1000};

        assertEquals(new Mser5.Truncation(2, 5, true), Mser5.truncate(values, 2));
    }

    @Test
    void aBatchSizeBelowOneIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Mser5.truncate(new double[] {1, 2, 3}, 0));
    }
}
