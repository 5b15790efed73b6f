package nl.ketensim.stats;

import org.apache.commons.math3.stat.descriptive.moment.Mean;
import org.apache.commons.math3.stat.descriptive.moment.Variance;

/**
 * MSER-5 truncation rule (White 1997; Franklin &amp; White 2008) for the initialisation bias of an
 * output series: the series is cut into batches of {@value #BATCH} observations (an incomplete
 * last batch is dropped); for each candidate truncation d (in batches) the statistic
 * MSER(d) = S&sup2;(d) / (k - d), with S&sup2;(d) the variance (divisor k - d) of batch means
 * d..k-1, is computed, and the d minimising it over 0 &le; d &le; k/2 is the truncation point. A
 * minimum at the limit d = k/2 signals that the series is still drifting at half its length: the
 * run is too short (or not stationary) to find a truncation point.
 */
public final class Mser5 {

    /** Observations per batch. */
    public static final int BATCH = 5;

    private Mser5() { }

    /**
     * @param series observations in time order, none NaN
     * @return the truncation point in observations (a multiple of {@value #BATCH}), or empty
     *         information when fewer than two batches are available
     */
    public static Truncation truncate(double[] series) {
        int k = series.length / BATCH;
        if (k < 2) {
            return new Truncation(-1, k, false);
        }
        double[] batchMeans = new double[k];
        Mean mean = new Mean();
        for (int j = 0; j < k; j++) {
            batchMeans[j] = mean.evaluate(series, j * BATCH, BATCH);
        }
        Variance populationVariance = new Variance(false);
        int limit = k / 2;
        int best = 0;
        double bestValue = Double.POSITIVE_INFINITY;
        for (int d = 0; d <= limit; d++) {
            int kept = k - d;
            double value = populationVariance.evaluate(batchMeans, d, kept) / kept;
            if (value < bestValue) {
                bestValue = value;
                best = d;
            }
        }
        return new Truncation(best * BATCH, k, best < limit);
    }

    /**
     * @param observations  observations to discard (multiple of {@value #BATCH}); -1 when undetermined
     * @param batches       batches the series held
     * @param reliable      whether the minimum lies before the limit k/2 (otherwise the series is
     *                      too short or not stationary)
     */
    public record Truncation(int observations, int batches, boolean reliable) { }
}
