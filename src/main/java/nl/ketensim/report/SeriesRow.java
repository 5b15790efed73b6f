package nl.ketensim.report;

import nl.ketensim.stats.IntervalEstimate;

/**
 * One row of {@code series.csv}: a metric in one four-week period.
 *
 * @param metric   e.g. {@code utilisation.gemeente}
 * @param unit     the metric's unit
 * @param period   period index from 0
 * @param startDay first day of the period since the start of the simulation (days, warm-up included)
 * @param estimate mean and 95% interval over replications
 */
public record SeriesRow(String metric, String unit, int period, double startDay, IntervalEstimate estimate) { }
