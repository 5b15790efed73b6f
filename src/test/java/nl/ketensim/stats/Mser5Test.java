package nl.ketensim.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
}
