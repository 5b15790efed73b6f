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

    /** A log-normal multiplier of fixed coefficient of variation, its constants computed once. */
    static final class LogNormalSpread {
        private final double sigma;
        private final double halfVariance;

        LogNormalSpread(double cv) {
            double variance = cv > 0 ? Math.log1p(cv * cv) : 0.0;
            this.sigma = Math.sqrt(variance);
            this.halfVariance = variance / 2;
        }

        /** A log-normal value with the given mean (same unit), exactly the mean when the CV is 0. */
        double sample(double mean, double uniform) {
            if (sigma == 0 || mean <= 0) {
                return mean;
            }
            return mean * Math.exp(sigma * NormalDist.inverseF01(uniform) - halfVariance);
        }
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
