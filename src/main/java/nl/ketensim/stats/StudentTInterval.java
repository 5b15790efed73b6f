package nl.ketensim.stats;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * Student-t confidence interval for a mean: mean &plusmn; t(1 - alpha/2, n - 1) &middot; s / &radic;n,
 * with s the sample standard deviation (divisor n - 1). NaN observations are skipped.
 */
public final class StudentTInterval {

    /** Confidence level of the intervals in the output files. */
    public static final double LEVEL_95 = 0.95;

    private StudentTInterval() { }

    /** The 95% interval of the non-NaN values. */
    public static IntervalEstimate mean95(double[] values) {
        return mean(values, LEVEL_95);
    }

    /**
     * @param values observations; NaN entries are skipped
     * @param level  confidence level, 0 &lt; level &lt; 1
     */
    public static IntervalEstimate mean(double[] values, double level) {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("level must be in (0, 1), got " + level);
        }
        int n = 0;
        double sum = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                n++;
                sum += v;
            }
        }
        if (n == 0) {
            return new IntervalEstimate(0, Double.NaN, Double.NaN, Double.NaN);
        }
        double mean = sum / n;
        if (n == 1) {
            return new IntervalEstimate(1, mean, Double.NaN, Double.NaN);
        }
        double squares = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                squares += (v - mean) * (v - mean);
            }
        }
        double sd = Math.sqrt(squares / (n - 1));
        double half = critical(n, level) * sd / Math.sqrt(n);
        return new IntervalEstimate(n, mean, mean - half, mean + half);
    }

    /** The two-sided Student-t quantile t(1 - alpha/2, n - 1) of an interval of {@code n} &ge; 2 observations. */
    public static double critical(int n, double level) {
        return new TDistribution(null, n - 1).inverseCumulativeProbability(1 - (1 - level) / 2);
    }
}
