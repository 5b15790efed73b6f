package nl.ketensim.model;

import java.util.ArrayList;
import java.util.List;
import nl.ketensim.domain.Basisvoorwaarde;
import nl.ketensim.domain.Partner;
import nl.ketensim.results.MetricFamily;
import nl.ketensim.results.MetricName;
import nl.ketensim.results.Name;
import nl.ketensim.results.SeriesPoint;

/**
 * Records, for every period of {@link #PERIOD_DAYS} days from time 0, the detained population,
 * releases, the share of releases without each basisvoorwaarde, each partner's utilisation,
 * mean backlog (hours waiting) and mean wait, and the occupied share of each region's PI places.
 * It reads lifetime counters at the end of each period and differences them.
 */
final class PeriodSeries {

    /** Length of a period (days): four weeks. */
    static final double PERIOD_DAYS = 28.0;

    private final PrisonSystem prisons;
    private final OutcomeCollector outcomes;
    private final List<SeriesPoint> points = new ArrayList<>();
    private double lastPopulationSum;
    private long lastReleases;
    private final long[] lastMissed = new long[Basisvoorwaarde.values().length];
    private final PoolReading[] lastPools = new PoolReading[Partner.values().length];
    private OccupancyReading lastOccupancy;
    private int period;

    PeriodSeries(PrisonSystem prisons, OutcomeCollector outcomes) {
        this.prisons = prisons;
        this.outcomes = outcomes;
        for (Partner partner : Partner.values()) {
            lastPools[partner.ordinal()] = prisons.reading(partner);
        }
        lastOccupancy = prisons.occupancy();
    }

    /** Closes the current period at the given time (days). */
    void closePeriod(double now) {
        double start = period * PERIOD_DAYS;
        double length = now - start;
        double populationSum = outcomes.lifetimePopulationSum();
        add(MetricFamily.POPULATION.of(), start, (populationSum - lastPopulationSum) / length);
        lastPopulationSum = populationSum;
        long releases = outcomes.lifetimeReleases();
        long released = releases - lastReleases;
        add(MetricFamily.RELEASES_PER_YEAR.of(), start, released * 365.0 / length);
        lastReleases = releases;
        for (Basisvoorwaarde b : Basisvoorwaarde.values()) {
            long missed = outcomes.lifetimeMissed(b);
            add(MetricFamily.WITHOUT_AT_RELEASE.of(b), start,
                    released > 0 ? (double) (missed - lastMissed[b.ordinal()]) / released : Double.NaN);
            lastMissed[b.ordinal()] = missed;
        }
        for (Partner partner : Partner.values()) {
            PoolReading reading = prisons.reading(partner);
            PoolReading last = lastPools[partner.ordinal()];
            add(MetricFamily.UTILISATION.of(partner), start, reading.utilisationSince(last));
            add(MetricFamily.BACKLOG_HOURS_MEAN.of(partner), start, reading.backlogHoursSince(last));
            add(MetricFamily.WAIT_DAYS_MEAN.of(partner), start, reading.meanWaitSince(last));
            lastPools[partner.ordinal()] = reading;
        }
        OccupancyReading occupancy = prisons.occupancy();
        List<Name> regions = prisons.regionNames();
        for (int r = 0; r < regions.size(); r++) {
            add(MetricFamily.OCCUPANCY.of(regions.get(r)), start, occupancy.occupancySince(lastOccupancy, r));
        }
        lastOccupancy = occupancy;
        period++;
    }

    private void add(MetricName metric, double start, double value) {
        points.add(SeriesPoint.of(metric, period, start, value));
    }

    /** The points recorded so far, period by period. */
    List<SeriesPoint> points() {
        return points;
    }
}
