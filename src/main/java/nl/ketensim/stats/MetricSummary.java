package nl.ketensim.stats;

/**
 * Summary of one metric over the replications of an experiment.
 *
 * @param group    population group, e.g. {@code all}
 * @param metric   metric name, e.g. {@code stay_days_mean}
 * @param unit     unit of mean and bounds, e.g. {@code days}
 * @param estimate mean and 95% interval over the replications in which the value was not NaN
 */
public record MetricSummary(String group, String metric, String unit, IntervalEstimate estimate) {

    /** The key {@code group|metric}, as in {@link nl.ketensim.results.Metric#key()}. */
    public String key() {
        return group + "|" + metric;
    }
}
