package nl.ketensim.scenario;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes one validated scenario value as YAML scalar text that {@link ScenarioLoader} reads back
 * to the same value: numbers in plain decimal notation (shortest text that gives the same
 * {@code double}), booleans as {@code true}/{@code false}, text plain when that is safe in both
 * block and flow context, otherwise double-quoted.
 */
public final class YamlScalar {

    /** Text that stays text when written plain, in a block or inside {@code {...}}. */
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z][A-Za-z0-9 _.()/'-]*");
    /** Plain words a YAML reader might take for a boolean or null. */
    private static final Set<String> RESERVED = Set.of("true", "false", "null", "yes", "no", "on", "off", "y", "n");

    private YamlScalar() { }

    /**
     * @param value a {@code Double}, {@code Integer}, {@code Boolean} or {@code String}
     * @return the value as YAML scalar text
     */
    public static String of(Object value) {
        if (value instanceof Double number) {
            return number(number);
        }
        if (value instanceof Integer || value instanceof Boolean) {
            return value.toString();
        }
        if (value instanceof String text) {
            return text(text);
        }
        throw new IllegalArgumentException("not a scenario value: " + value);
    }

    /** A finite number in plain decimal notation, e.g. {@code 30000}, {@code 0.17}. */
    static String number(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("not a finite number: " + value);
        }
        if (Double.doubleToRawLongBits(value) == Double.doubleToRawLongBits(-0.0)) {
            return "-0.0";
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** Text, plain when safe, else double-quoted with escapes. */
    static String text(String text) {
        if (isPlain(text)) {
            return text;
        }
        StringBuilder quoted = new StringBuilder("\"");
        text.codePoints().forEach(c -> quoted.append(escaped(c)));
        return quoted.append('"').toString();
    }

    /** Whether {@code text} can be written without quotes. */
    static boolean isPlain(String text) {
        return PLAIN.matcher(text).matches() && !text.endsWith(" ")
                && !RESERVED.contains(text.toLowerCase(Locale.ROOT));
    }

    /**
     * Whether {@code text} can be written as a folded block scalar ({@code >-}) wrapped at
     * single spaces: one line of printable characters, no leading, trailing or double spaces.
     */
    static boolean isFoldable(String text) {
        if (text.isEmpty() || text.startsWith(" ") || text.endsWith(" ") || text.contains("  ")) {
            return false;
        }
        return text.codePoints().allMatch(YamlScalar::printable);
    }

    private static String escaped(int c) {
        switch (c) {
            case '"': return "\\\"";
            case '\\': return "\\\\";
            case '\n': return "\\n";
            case '\t': return "\\t";
            case '\r': return "\\r";
            default:
                if (printable(c)) {
                    return new String(Character.toChars(c));
                }
                return c <= 0xFFFF ? String.format(Locale.ROOT, "\\u%04X", c)
                        : String.format(Locale.ROOT, "\\U%08X", c);
        }
    }

    /** A character YAML allows literally on one line (no line breaks, controls or BOM). */
    private static boolean printable(int c) {
        return c >= 0x20 && c != 0x7F && !(c >= 0x80 && c <= 0x9F) && c != 0x2028 && c != 0x2029
                && c != 0xFEFF && !(c >= 0xD800 && c <= 0xDFFF) && c != 0xFFFE && c != 0xFFFF;
    }
}
