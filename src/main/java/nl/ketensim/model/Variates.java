package nl.ketensim.model;

import umontreal.ssj.probdist.NormalDist;

/** Random variates by inversion of one uniform, so every draw costs exactly one random number. */
final class Variates {

    private Variates() {
    }

    /** Exponential with the given mean (same unit as the mean); 0 when the mean is 0. */
    static double exponential(double mean, double uniform) {
        return mean <= 0 ? 0.0 : -mean * Math.log(1.0 - uniform);
    }

    /**
     * Log-normal with the given mean and coefficient of variation; exactly {@code mean} when
     * {@code cv} is 0.
     */
    static double logNormal(double mean, double cv, double uniform) {
        if (cv <= 0 || mean <= 0) {
            return mean;
        }
        double variance = Math.log1p(cv * cv);
        return mean * Math.exp(Math.sqrt(variance) * NormalDist.inverseF01(uniform) - variance / 2);
    }

    /** Index of the category that {@code uniform} falls in, given cumulative shares ending at 1. */
    static int category(double[] cumulativeShares, double uniform) {
        for (int i = 0; i < cumulativeShares.length - 1; i++) {
            if (uniform < cumulativeShares[i]) {
                return i;
            }
        }
        return cumulativeShares.length - 1;
    }

    /** Cumulative sums of {@code shares}. */
    static double[] cumulative(double[] shares) {
        double[] cumulative = new double[shares.length];
        double sum = 0;
        for (int i = 0; i < shares.length; i++) {
            sum += shares[i];
            cumulative[i] = sum;
        }
        return cumulative;
    }
}
