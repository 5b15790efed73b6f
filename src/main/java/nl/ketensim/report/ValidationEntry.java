package nl.ketensim.report;

import nl.ketensim.stats.IntervalEstimate;

/**
 * One row of {@code validation.csv}.
 *
 * @param metric         metric key
 * @param group          group key
 * @param model          the run's mean and 95% interval (NaN when pending or not measured)
 * @param publishedLow   lower end of the published range; NaN when open
 * @param publishedHigh  upper end; NaN when open
 * @param source         source with confidence, e.g. {@code WODC (A)}
 * @param role           input, calibrated or prediction
 * @param verdict        in, under, over, pending or not_measured
 * @param knownDeviation the reason the model may miss it, or empty
 * @param basis          whether the run is of the basis scenario without overrides
 */
public record ValidationEntry(String metric, String group, IntervalEstimate model, double publishedLow,
                              double publishedHigh, String source, String role, String verdict,
                              String knownDeviation, boolean basis) {

    /** Whether the model produces the metric (not {@code pending}). */
    public boolean isModelled() {
        return !verdict.equals("pending");
    }

    /** Whether the figure is marked as a known deviation. */
    public boolean isKnownDeviation() {
        return !knownDeviation.isEmpty();
    }
}
