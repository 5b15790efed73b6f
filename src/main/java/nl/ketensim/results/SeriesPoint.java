package nl.ketensim.results;

/**
 * One value of a metric over one period of simulated time, from time 0 (warm-up included), so
 * that initialisation and stationarity can be inspected.
 *
 * @param metric          metric name, e.g. {@code utilisation.casemanager}
 * @param unit            unit of the value
 * @param period          period index p, covering days [p·length, (p+1)·length)
 * @param startDay        first day of the period (days since the start of the run)
 * @param value           the value over the period (NaN when undefined, e.g. no releases)
 */
public record SeriesPoint(String metric, String unit, int period, double startDay, double value) {

    /** The value of metric {@code name} over period {@code period}, with the family's unit. */
    public static SeriesPoint of(MetricName name, int period, double startDay, double value) {
        return new SeriesPoint(name.key(), name.unit().key(), period, startDay, value);
    }
}
