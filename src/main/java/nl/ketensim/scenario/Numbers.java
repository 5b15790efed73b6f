package nl.ketensim.scenario;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.regex.Pattern;

/** Number syntax and display for scenario values. */
final class Numbers {

    /** A YAML 1.2 core-schema decimal number; no infinities or NaN. */
    private static final Pattern DECIMAL =
            Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");
    private static final Pattern INTEGER = Pattern.compile("[-+]?[0-9]+");

    private Numbers() { }

    static boolean isDecimal(String text) {
        return text != null && DECIMAL.matcher(text).matches();
    }

    static boolean isInteger(String text) {
        return text != null && INTEGER.matcher(text).matches();
    }

    /** A number for messages: at most 10 significant digits, no trailing zeros ({@code 0.98}, {@code 28}). */
    static String format(double value) {
        if (value == 0) {
            return "0";
        }
        return new BigDecimal(value).round(new MathContext(10)).stripTrailingZeros().toPlainString();
    }
}
