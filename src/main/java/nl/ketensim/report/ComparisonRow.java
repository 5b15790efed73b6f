package nl.ketensim.report;

import nl.ketensim.stats.IntervalEstimate;

/**
 * One row of {@code comparison.csv}: a scenario against the base scenario under common random
 * numbers.
 *
 * @param scenario     the compared scenario's name
 * @param group        group, e.g. {@code all}
 * @param metric       metric name
 * @param baseMean     mean in the base scenario (metric unit)
 * @param scenarioMean mean in the compared scenario (metric unit)
 * @param difference   scenario minus base: mean and 95% interval of the paired differences
 */
public record ComparisonRow(String scenario, String group, String metric, double baseMean, double scenarioMean,
                            IntervalEstimate difference) { }
