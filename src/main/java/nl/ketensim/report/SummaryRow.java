package nl.ketensim.report;

import nl.ketensim.stats.IntervalEstimate;

/**
 * One row of {@code summary.csv}.
 *
 * @param group    e.g. {@code all}, {@code stay_gt_14d}
 * @param metric   e.g. {@code without_at_release.onderdak}
 * @param unit     e.g. {@code share}, {@code days}, {@code persons/year}
 * @param estimate mean and 95% interval over replications, in {@code unit}
 */
public record SummaryRow(String group, String metric, String unit, IntervalEstimate estimate) { }
