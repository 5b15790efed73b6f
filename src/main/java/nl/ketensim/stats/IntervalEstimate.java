package nl.ketensim.stats;

/**
 * A mean with its two-sided confidence interval, in the unit of the observations.
 * With n = 0 every value is NaN; with n = 1 the mean is the single value and the bounds are NaN
 * (one replication gives no variance estimate, so no interval is claimed).
 *
 * @param n    observations used (NaN observations excluded)
 * @param mean sample mean
 * @param low  lower bound of the interval
 * @param high upper bound of the interval
 */
public record IntervalEstimate(int n, double mean, double low, double high) {

    /** Half the interval width; NaN when there is no interval. */
    public double halfWidth() {
        return (high - low) / 2;
    }

    /** Whether the bounds are defined (n &ge; 2). */
    public boolean hasInterval() {
        return !Double.isNaN(low) && !Double.isNaN(high);
    }
}
