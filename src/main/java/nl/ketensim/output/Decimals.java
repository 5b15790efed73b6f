package nl.ketensim.output;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Formats doubles for output files: at most {@value #SIGNIFICANT_DIGITS} significant digits,
 * plain notation (no exponent), '.' as decimal separator whatever the default locale, no
 * trailing zeros. NaN becomes the empty string (an empty CSV cell); infinities are written as
 * {@code Infinity} / {@code -Infinity}.
 */
public final class Decimals {

    /** Significant digits kept; far beyond the precision of any simulation estimate. */
    public static final int SIGNIFICANT_DIGITS = 12;

    private static final MathContext CONTEXT = new MathContext(SIGNIFICANT_DIGITS, RoundingMode.HALF_EVEN);

    private Decimals() { }

    /** E.g. 3.0 &rarr; {@code 3}, 0.1 + 0.2 &rarr; {@code 0.3}, 1.5e-7 &rarr; {@code 0.00000015}. */
    public static String format(double value) {
        if (Double.isNaN(value)) {
            return "";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "Infinity" : "-Infinity";
        }
        if (value == 0) {
            return "0";
        }
        return new BigDecimal(value).round(CONTEXT).stripTrailingZeros().toPlainString();
    }
}
