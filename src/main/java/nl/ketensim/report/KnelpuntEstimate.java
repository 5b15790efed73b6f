package nl.ketensim.report;

import nl.ketensim.stats.IntervalEstimate;

/**
 * One row of {@code knelpunten.csv} (descriptive attribution).
 *
 * @param basisvoorwaarde key, e.g. {@code onderdak}
 * @param knelpunt        key, e.g. {@code capaciteit_gemeente}
 * @param missedPerYear   missed basisvoorwaarden per year with this cause (persons/year)
 * @param share           share of this basisvoorwaarde's misses (0..1)
 * @param daysLostPerYear days missed needs lost to this knelpunt between admission and release
 *                        (days/year; NaN in folders written before issue 9)
 */
public record KnelpuntEstimate(String basisvoorwaarde, String knelpunt, IntervalEstimate missedPerYear,
                               double share, IntervalEstimate daysLostPerYear) { }
