package nl.ketensim.report;

import java.util.Map;
import nl.ketensim.stats.IntervalEstimate;

/**
 * One row of {@code sweep.csv}: a metric at one grid point.
 *
 * @param point    parameter path to its value at this grid point as given on the command line
 *                 (a number, or relative to the scenario's value such as {@code +20%} or {@code x2}),
 *                 first parameter first
 * @param group    group, or {@code all} when the file has no group column
 * @param metric   metric name
 * @param unit     unit, or empty when the file has no unit column
 * @param estimate mean and 95% interval over replications
 */
public record SweepRow(Map<String, String> point, String group, String metric, String unit,
                       IntervalEstimate estimate) {

    public SweepRow {
        point = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(point));
    }
}
