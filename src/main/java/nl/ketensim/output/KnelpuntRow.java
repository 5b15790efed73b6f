package nl.ketensim.output;

import nl.ketensim.stats.IntervalEstimate;

/**
 * Missed basisvoorwaarden per year attributed to one knelpunt, and the days those missed needs lost
 * to it (two descriptive attributions).
 *
 * @param basisvoorwaarde key of the basisvoorwaarde, e.g. {@code onderdak}
 * @param knelpunt        key of the knelpunt, e.g. {@code capaciteit_gemeente}
 * @param missedPerYear   missed needs per year with this cause: mean and 95% interval (persons/year)
 * @param share           this knelpunt's mean / sum of the means of all knelpunten of the same
 *                        basisvoorwaarde (0..1; 0 when that sum is 0)
 * @param daysLostPerYear days that missed needs of this basisvoorwaarde lost to this knelpunt
 *                        between admission and release, per year: mean and 95% interval (days/year)
 */
public record KnelpuntRow(String basisvoorwaarde, String knelpunt, IntervalEstimate missedPerYear,
                          double share, IntervalEstimate daysLostPerYear) { }
