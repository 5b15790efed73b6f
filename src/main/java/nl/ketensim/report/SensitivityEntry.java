package nl.ketensim.report;

import nl.ketensim.stats.IntervalEstimate;

/**
 * One row of {@code sensitivity.csv}.
 *
 * @param parameter parameter path
 * @param direction {@code low}, {@code high} or {@code range}
 * @param baseValue the reference value (the low end for {@code range})
 * @param value     the value run (the high end for {@code range})
 * @param clamped   whether a value was cut back to the allowed range
 * @param group     group key
 * @param metric    metric key
 * @param unit      unit key
 * @param effect    paired difference, value run − reference, with its 95% interval
 */
public record SensitivityEntry(String parameter, String direction, String baseValue, String value, boolean clamped,
                               String group, String metric, String unit, IntervalEstimate effect) {

    /** Whether the row compares the high with the low end of the parameter. */
    public boolean isRange() {
        return direction.equals("range");
    }
}
