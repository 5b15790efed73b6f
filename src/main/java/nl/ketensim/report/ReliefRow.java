package nl.ketensim.report;

import nl.ketensim.stats.IntervalEstimate;

/**
 * One row of {@code knelpunten_relief.csv} (counterfactual attribution).
 *
 * @param knelpunt        the relieved knelpunt (key), or {@value #ALL_RELIEVED} for all chosen together
 * @param basisvoorwaarde key of the basisvoorwaarde, or a total such as {@code all}
 * @param missedBase      missed per year in the base scenario (persons/year)
 * @param missedRelieved  missed per year with the knelpunt relieved (persons/year)
 * @param prevented       misses prevented per year: mean and 95% interval (persons/year)
 * @param replications    paired replications behind it; 0 when the file does not say
 */
public record ReliefRow(String knelpunt, String basisvoorwaarde, double missedBase, double missedRelieved,
                        IntervalEstimate prevented, int replications) {

    /** The {@code knelpunt} of the row with every chosen knelpunt relieved together. */
    public static final String ALL_RELIEVED = "alle";

    /** The 95% half-width of {@link #prevented} as a fraction of its |mean|; NaN without an interval. */
    public double relativeHalfWidth() {
        return prevented.hasInterval() && prevented.mean() != 0
                ? prevented.halfWidth() / Math.abs(prevented.mean()) : Double.NaN;
    }

    /** Whether this row relieves every chosen knelpunt together rather than one. */
    public boolean isAllRelieved() {
        return knelpunt.equals(ALL_RELIEVED);
    }

    /** Whether this row totals over all basisvoorwaarden ({@code all}, {@code total}, {@code totaal} or empty). */
    public boolean isTotal() {
        return basisvoorwaarde.isEmpty() || basisvoorwaarde.equals("all") || basisvoorwaarde.equals("total")
                || basisvoorwaarde.equals("totaal");
    }
}
