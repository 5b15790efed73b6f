package nl.ketensim.stats;

import org.apache.commons.math3.stat.descriptive.moment.Variance;

/**
 * Paired comparison of two variants replication by replication (common random numbers): the
 * differences d_r = other_r - base_r get a paired-t 95% interval. Replications where either
 * value is NaN are left out of everything.
 *
 * <p>{@code varianceReduction} = 1 - var(d) / (var(base) + var(other)) (sample variances over
 * the same pairs): the share of the variance of a difference that pairing removed compared with
 * independent runs of the same size. With independent seeds it scatters around 0; under common
 * random numbers it approaches 1 when both variants react alike to the same random draws. The
 * paired half-width is about &radic;(1 - varianceReduction) times the independent one.
 *
 * @param n                 pairs used
 * @param baseMean          mean of base over the pairs
 * @param otherMean         mean of other over the pairs
 * @param difference        mean of other - base with its paired-t 95% interval
 * @param varianceReduction see above; NaN with fewer than 2 pairs or when both variances are 0
 */
public record PairedDifference(int n, double baseMean, double otherMean, IntervalEstimate difference,
                               double varianceReduction) {

    /** Pairs {@code base[r]} with {@code other[r]}; both arrays have one value per replication. */
    public static PairedDifference of(double[] base, double[] other) {
        if (base.length != other.length) {
            throw new IllegalArgumentException("paired samples differ in size: " + base.length + " vs " + other.length);
        }
        int n = 0;
        for (int r = 0; r < base.length; r++) {
            if (!Double.isNaN(base[r]) && !Double.isNaN(other[r])) {
                n++;
            }
        }
        double[] b = new double[n];
        double[] o = new double[n];
        double[] d = new double[n];
        int i = 0;
        for (int r = 0; r < base.length; r++) {
            if (!Double.isNaN(base[r]) && !Double.isNaN(other[r])) {
                b[i] = base[r];
                o[i] = other[r];
                d[i] = other[r] - base[r];
                i++;
            }
        }
        IntervalEstimate diff = StudentTInterval.mean95(d);
        double baseMean = StudentTInterval.mean95(b).mean();
        double otherMean = StudentTInterval.mean95(o).mean();
        return new PairedDifference(n, baseMean, otherMean, diff, varianceReduction(b, o, d));
    }

    private static double varianceReduction(double[] b, double[] o, double[] d) {
        if (d.length < 2) {
            return Double.NaN;
        }
        Variance variance = new Variance();
        double independent = variance.evaluate(b) + variance.evaluate(o);
        return independent > 0 ? 1 - variance.evaluate(d) / independent : Double.NaN;
    }
}
