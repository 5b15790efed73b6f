package nl.ketensim.stats;

import org.apache.commons.math3.stat.descriptive.moment.Mean;
import org.apache.commons.math3.stat.descriptive.moment.Variance;

/**
 * MSER-m truncation rule (White 1997; Franklin &amp; White 2008) for the initialisation bias of an
 * output series, by default MSER-5: the series is cut into batches of m observations (an
 * incomplete last batch is dropped); for each candidate truncation d (in batches) the statistic
 * MSER(d) = S&sup2;(d) / (k - d), with S&sup2;(d) the variance (divisor k - d) of batch means
 * d..k-1, is computed, and the d minimising it over 0 &le; d &le; k/2 is the truncation point. A
 * minimum at the limit d = k/2 signals that the series is still drifting at half its length: the
 * run is too short (or not stationary) to find a truncation point.
 */
public final class Mser5 {

    /** Observations per batch of MSER-5. */
    public static final int BATCH = 5;

    private Mser5() { }

    /** MSER-5: {@link #truncate(double[], int)} with batches of {@value #BATCH}. */
    public static Truncation truncate(double[] series) {
        return truncate(series, BATCH);
    }

    /**
     * @param series observations in time order, none NaN
     * @param batch  observations per batch m, &ge; 1
     * @return the truncation point in observations (a multiple of m); -1 when fewer than two
     *         batches are available
     */
    public static Truncation truncate(double[] series, int batch) {
        if (batch < 1) {
            throw new IllegalArgumentException("batch must be >= 1, got " + batch);
        }
        int k = series.length / batch;
        if (k < 2) {
            return new Truncation(-1, k, false);
        }
        double[] batchMeans = new double[k];
        Mean mean = new Mean();
        for (int j = 0; j < k; j++) {
            batchMeans[j] = mean.evaluate(series, j * batch, batch);
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
        return new Truncation(best * batch, k, best < limit);
    }

    /**
     * @param observations  observations to discard (a multiple of the batch size); -1 when undetermined
     * @param batches       batches the series held
     * @param reliable      whether the minimum lies before the limit k/2 (otherwise the series is
     *                      too short or not stationary)
     */
    public record Truncation(int observations, int batches, boolean reliable) { }
}
