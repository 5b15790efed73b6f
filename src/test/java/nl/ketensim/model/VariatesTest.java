package nl.ketensim.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Known answers for the inversion formulas. */
class VariatesTest {

    @Test
    void exponentialInverseHasTheExactQuantiles() {
        assertEquals(0.0, Variates.exponential(5, 0.0), 0);
        assertEquals(5 * Math.log(2), Variates.exponential(5, 0.5), 1e-12); // the median
        assertEquals(0.0, Variates.exponential(0, 0.7), 0);
        assertEquals(0.0, Variates.exponential(-2, 0.7), 0);
        assertEquals(0.0, Variates.exponential(0, 1.0), 0); // not 0 x infinity
        assertEquals(-3 * Math.log(0.25), Variates.exponential(3, 0.75), 1e-12);
    }

    @Test
    void logNormalMedianIsTheMeanTimesExpOfMinusHalfTheVariance() {
        double variance = Math.log1p(0.5 * 0.5);

        assertEquals(3.0 * Math.exp(-variance / 2), new Variates.LogNormalSpread(0.5).sample(3.0, 0.5), 1e-12);
        assertEquals(0.0, new Variates.LogNormalSpread(0.5).sample(0.0, 0.9), 0);
        assertEquals(-1.0, new Variates.LogNormalSpread(0.5).sample(-1.0, 0.9), 0);
        assertEquals(3.0, new Variates.LogNormalSpread(-0.5).sample(3.0, 0.99), 0);
    }

    @Test
    void logNormalHasTheRequestedMeanAndCoefficientOfVariation() {
        Variates.LogNormalSpread spread = new Variates.LogNormalSpread(0.5);
        int n = 200_000;
        double sum = 0;
        double sumSquares = 0;
        for (int i = 0; i < n; i++) {
            double x = spread.sample(3.0, (i + 0.5) / n); // midpoint rule over the quantiles
            sum += x;
            sumSquares += x * x;
        }
        double mean = sum / n;
        double cv = Math.sqrt(sumSquares / n - mean * mean) / mean;
        assertEquals(3.0, mean, 1e-3);
        assertEquals(0.5, cv, 5e-3);
        assertEquals(3.0, new Variates.LogNormalSpread(0).sample(3.0, 0.99), 0);
    }

    @Test
    void categoriesFollowCumulativeShares() {
        double[] cumulative = Variates.cumulative(new double[] {0.2, 0.5, 0.3});
        assertEquals(0, Variates.category(cumulative, 0.0));
        assertEquals(0, Variates.category(cumulative, 0.1999));
        assertEquals(1, Variates.category(cumulative, 0.2));
        assertEquals(2, Variates.category(cumulative, 0.7));
        assertEquals(2, Variates.category(cumulative, 0.99999));
        assertEquals(2, Variates.category(cumulative, 1.0));
        assertEquals(0, Variates.category(new double[] {1.0}, 0.5));
        assertArrayEquals(new double[] {0.2, 0.7, 1.0}, cumulative, 1e-15);
    }
}
