package nl.ketensim.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import umontreal.ssj.rng.MRG32k3a;

class Mser5Test {

    private static double[] noise(int n) {
        MRG32k3a stream = new MRG32k3a();
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = 100 + stream.nextDouble();
        }
        return values;
    }

    @Test
    void aStationarySeriesIsNotTruncatedMuch() {
        Mser5.Truncation t = Mser5.truncate(noise(100));

        assertTrue(t.observations() <= 10, "truncated " + t.observations());
        assertEquals(0, t.observations() % Mser5.BATCH);
        assertEquals(20, t.batches());
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
}
