package nl.ketensim.validation;

import nl.ketensim.results.Group;

/**
 * One published figure the basis is held against: a range of one metric of one group.
 *
 * @param metric         the metric's name as in {@code summary.csv}, e.g. {@code without_at_release.id};
 *                       a known metric unless {@code pending}
 * @param group          the population group the model reports it for
 * @param low            lower end of the published range in the metric's unit; -∞ when open
 * @param high           upper end; +∞ when open
 * @param source         where the figure comes from
 * @param confidence     A official, B official via a secondary source, C research or press, E estimate
 * @param population     who the figure is about, in words
 * @param role           input, calibrated or prediction
 * @param knownDeviation why the model may miss it; empty when it must not
 * @param pending        whether the model does not produce the metric yet
 * @param origin         {@code file:line:column} of the figure in its file
 */
public record PublishedFigure(String metric, Group group, double low, double high, String source, String confidence,
                              String population, Role role, String knownDeviation, boolean pending, String origin) {

    /** Whether the model is allowed to miss this figure, with a reason. */
    public boolean isKnownDeviation() {
        return !knownDeviation.isEmpty();
    }

    /** {@code group|metric}, as in {@code replications.csv}. */
    public String key() {
        return group.key() + "|" + metric;
    }
}
