package nl.ketensim.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.distribution.TDistribution;
import org.junit.jupiter.api.Test;

class PairedDifferenceTest {

    @Test
    void aSampleAgainstItselfDiffersByExactlyZero() {
        double[] values = {3.1, 4.7, 2.2, 9.9, 5.0};

        PairedDifference p = PairedDifference.of(values, values.clone());

        assertEquals(5, p.n());
        assertEquals(0.0, p.difference().mean());
        assertEquals(0.0, p.difference().low());
        assertEquals(0.0, p.difference().high());
        assertEquals(1.0, p.varianceReduction());
    }

    @Test
    void theIntervalIsThePairedTIntervalOfTheDifferences() {
        double[] base = {10, 12, 14, 16};
        double[] other = {11, 14, 15, 19};   // differences 1, 2, 1, 3: mean 1.75, sd sqrt(0.916667)

        PairedDifference p = PairedDifference.of(base, other);

        double sd = Math.sqrt((0.75 * 0.75 + 0.25 * 0.25 + 0.75 * 0.75 + 1.25 * 1.25) / 3);
        double half = new TDistribution(3).inverseCumulativeProbability(0.975) * sd / 2;
        assertEquals(1.75, p.difference().mean(), 1e-12);
        assertEquals(1.75 - half, p.difference().low(), 1e-12);
        assertEquals(1.75 + half, p.difference().high(), 1e-12);
        assertEquals(13, p.baseMean(), 1e-12);
        assertEquals(14.75, p.otherMean(), 1e-12);
        // var(base) = 6.6667, var(other) = 10.9167, var(d) = 0.9167
        assertEquals(1 - (11.0 / 12) / (20.0 / 3 + 131.0 / 12), p.varianceReduction(), 1e-12);
    }

    @Test
    void pairsWithAMissingValueAreLeftOut() {
        double[] base = {1, Double.NaN, 3, 5};
        double[] other = {2, 7, Double.NaN, 8};

        PairedDifference p = PairedDifference.of(base, other);

        assertEquals(2, p.n());
        assertEquals(2.0, p.difference().mean(), 1e-12);
        assertEquals(3.0, p.baseMean(), 1e-12);
    }

    @Test
    void independentNoiseGivesNoVarianceReductionWhileSharedNoiseGivesAlmostAll() {
        double[] noiseA = {0.3, -1.2, 0.8, 1.9, -0.4, 0.1, -1.5, 0.6};
        double[] noiseB = {-0.9, 0.4, 1.1, -0.2, 0.7, -1.6, 0.5, 0.2};
        double[] base = new double[8];
        double[] shared = new double[8];
        double[] independent = new double[8];
        for (int i = 0; i < 8; i++) {
            base[i] = 10 + noiseA[i];
            shared[i] = 11 + noiseA[i] + 0.01 * noiseB[i];
            independent[i] = 11 + noiseB[i];
        }

        assertTrue(PairedDifference.of(base, shared).varianceReduction() > 0.99);
        assertTrue(PairedDifference.of(base, independent).varianceReduction() < 0.5);
    }

    @Test
    void oneOrNoPairOrNoVarianceLeavesTheVarianceReductionUndetermined() {
        assertTrue(Double.isNaN(PairedDifference.of(new double[] {1, Double.NaN}, new double[] {2, 3})
                .varianceReduction()));
        assertTrue(Double.isNaN(PairedDifference.of(new double[] {4, 4, 4}, new double[] {5, 5, 5})
                .varianceReduction()));
        PairedDifference none = PairedDifference.of(new double[0], new double[0]);
        assertEquals(0, none.n());
        assertTrue(Double.isNaN(none.difference().mean()));
    }

    @Test
    void twoPairsAreEnoughForAVarianceReduction() {
        // base 1, 3 (variance 2), other 2, 6 (variance 8), differences 1, 3 (variance 2)
        PairedDifference p = PairedDifference.of(new double[] {1, 3}, new double[] {2, 6});

        assertEquals(1 - 2.0 / 10, p.varianceReduction(), 1e-12);
    }

    @Test
    void samplesOfDifferentSizeAreRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> PairedDifference.of(new double[] {1, 2}, new double[] {1}));
    }
}
