package nl.ketensim.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.distribution.TDistribution;
import org.junit.jupiter.api.Test;

class StudentTIntervalTest {

    @Test
    void matchesTheHandComputationForOneToFive() {
        IntervalEstimate e = StudentTInterval.mean95(new double[] {1, 2, 3, 4, 5});

        // s^2 = (4 + 1 + 0 + 1 + 4) / 4 = 2.5; half-width = t(0.975, 4) * sqrt(2.5) / sqrt(5)
        double t = new TDistribution(4).inverseCumulativeProbability(0.975);
        double half = t * Math.sqrt(2.5) / Math.sqrt(5);
        assertEquals(5, e.n());
        assertEquals(3.0, e.mean(), 0.0);
        assertEquals(3.0 - half, e.low(), 1e-12);
        assertEquals(3.0 + half, e.high(), 1e-12);
        // and the textbook value t(0.975, 4) = 2.776445 gives half-width 1.963243
        assertEquals(1.963243, e.halfWidth(), 1e-6);
    }

    @Test
    void skipsNaNAndCountsOnlyTheValuesUsed() {
        IntervalEstimate withNaN = StudentTInterval.mean95(new double[] {Double.NaN, 1, 2, Double.NaN, 3, 4, 5});

        assertEquals(StudentTInterval.mean95(new double[] {1, 2, 3, 4, 5}), withNaN);
    }

    @Test
    void oneValueGivesTheMeanAndNoInterval() {
        IntervalEstimate e = StudentTInterval.mean95(new double[] {Double.NaN, 7.5});

        assertEquals(1, e.n());
        assertEquals(7.5, e.mean(), 0.0);
        assertFalse(e.hasInterval());
        assertTrue(Double.isNaN(e.low()) && Double.isNaN(e.high()));
    }

    @Test
    void noValuesGiveNaNEverywhere() {
        IntervalEstimate e = StudentTInterval.mean95(new double[] {Double.NaN, Double.NaN});

        assertEquals(0, e.n());
        assertTrue(Double.isNaN(e.mean()));
        assertFalse(e.hasInterval());
    }

    @Test
    void identicalValuesGiveAZeroWidthInterval() {
        IntervalEstimate e = StudentTInterval.mean95(new double[] {0.25, 0.25, 0.25});

        assertEquals(new IntervalEstimate(3, 0.25, 0.25, 0.25), e);
    }

    @Test
    void aWiderLevelGivesAWiderInterval() {
        double[] values = {1, 2, 3, 4, 5};

        assertTrue(StudentTInterval.mean(values, 0.99).halfWidth() > StudentTInterval.mean95(values).halfWidth());
        assertThrows(IllegalArgumentException.class, () -> StudentTInterval.mean(values, 1.0));
    }

    @Test
    void aLevelOutsideZeroToOneIsRefused() {
        for (double level : new double[] {0, 1, -0.5, 1.5, Double.NaN}) {
            assertThrows(IllegalArgumentException.class, () -> StudentTInterval.mean(new double[] {1, 2}, level),
                    "level " + level);
        }
    }

    @Test
    void anIntervalNeedsBothBounds() {
        assertTrue(StudentTInterval.mean95(new double[] {1, 2}).hasInterval());
        assertFalse(new IntervalEstimate(2, 1, Double.NaN, 2).hasInterval());
        assertFalse(new IntervalEstimate(2, 1, 0, Double.NaN).hasInterval());
    }
}
