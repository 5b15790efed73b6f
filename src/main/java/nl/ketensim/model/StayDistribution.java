package nl.ketensim.model;

import java.util.List;
import nl.ketensim.scenario.Population;
import nl.ketensim.scenario.Population.StayBin;

/**
 * Length of stay (days) from the scenario's histogram: a bin is chosen by its share and the stay is
 * uniform within it (a piecewise-linear distribution function, sampled by inversion). Also the same
 * stays drawn in proportion to their length (the stay of a person found detained at a random moment).
 */
final class StayDistribution {

    private final double[] from;
    private final double[] to;
    private final double[] cumulative;
    /** Mean stay (days). */
    private final double mean;
    /** Cumulative shares of the bins weighted by stay: share times the bin's mean stay, over the mean. */
    private final double[] lengthCumulative;

    StayDistribution(List<StayBin> bins) {
        from = bins.stream().mapToDouble(StayBin::fromDays).toArray();
        to = bins.stream().mapToDouble(StayBin::toDays).toArray();
        cumulative = Variates.cumulative(bins.stream().mapToDouble(StayBin::share).toArray());
        mean = Population.mean(bins);
        lengthCumulative = Variates.cumulative(bins.stream()
                .mapToDouble(b -> mean > 0 ? b.share() * (b.fromDays() + b.toDays()) / 2 / mean : 0.0).toArray());
    }

    /** Mean stay (days). */
    double mean() {
        return mean;
    }

    /** The stay (days) at probability {@code uniform}. */
    double inverse(double uniform) {
        int bin = Variates.category(cumulative, uniform);
        return from[bin] + within(cumulative, bin, uniform) * (to[bin] - from[bin]);
    }

    /**
     * The stay (days) at probability {@code uniform} of the length-biased distribution, density
     * {@code s f(s) / mean}: a bin by share times its mean stay, then within the bin a density rising
     * with the stay, by inversion. 0 when every stay is 0.
     */
    double lengthBiasedInverse(double uniform) {
        if (mean <= 0) {
            return 0.0;
        }
        int bin = Variates.category(lengthCumulative, uniform);
        double a = from[bin];
        double b = to[bin];
        return Math.sqrt(a * a + within(lengthCumulative, bin, uniform) * (b * b - a * a));
    }

    /** Where {@code uniform} lies within {@code bin} of {@code cumulative}: 0 to 1, 0.5 in a bin of no weight. */
    private static double within(double[] cumulative, int bin, double uniform) {
        double low = bin == 0 ? 0.0 : cumulative[bin - 1];
        double width = cumulative[bin] - low;
        return width > 0 ? Math.min(1.0, Math.max(0.0, (uniform - low) / width)) : 0.5;
    }
}
