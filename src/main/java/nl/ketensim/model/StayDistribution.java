package nl.ketensim.model;

import java.util.List;
import nl.ketensim.scenario.Population.StayBin;

/**
 * Length of stay (days) from the scenario's histogram: a bin is chosen by its share and the stay is
 * uniform within it (a piecewise-linear distribution function, sampled by inversion).
 */
final class StayDistribution {

    private final double[] from;
    private final double[] to;
    private final double[] cumulative;

    StayDistribution(List<StayBin> bins) {
        from = bins.stream().mapToDouble(StayBin::fromDays).toArray();
        to = bins.stream().mapToDouble(StayBin::toDays).toArray();
        cumulative = Variates.cumulative(bins.stream().mapToDouble(StayBin::share).toArray());
    }

    /** The stay (days) at probability {@code uniform}. */
    double inverse(double uniform) {
        int bin = Variates.category(cumulative, uniform);
        double low = bin == 0 ? 0.0 : cumulative[bin - 1];
        double width = cumulative[bin] - low;
        double within = width > 0 ? (uniform - low) / width : 0.5;
        return from[bin] + Math.min(1.0, Math.max(0.0, within)) * (to[bin] - from[bin]);
    }
}
