package nl.ketensim.scenario;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A value relative to the inherited one: {@code +20%}, {@code -10%} or {@code x1.5}. Applied with
 * exact decimal arithmetic, so {@code 180} with {@code +20%} gives exactly {@code 216}.
 *
 * @param text     as written
 * @param factor   the multiplier it stands for (1.2 for {@code +20%})
 */
record RelativeValue(String text, BigDecimal factor) {

    private static final Pattern PERCENT = Pattern.compile("([+-])([0-9]+(?:\\.[0-9]+)?)%");
    private static final Pattern TIMES = Pattern.compile("x([0-9]+(?:\\.[0-9]+)?)");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** The relative value {@code text} stands for, or empty when it is not one. */
    static Optional<RelativeValue> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher percent = PERCENT.matcher(text);
        if (percent.matches()) {
            BigDecimal change = new BigDecimal(percent.group(2)).divide(HUNDRED);
            BigDecimal factor = percent.group(1).equals("+") ? BigDecimal.ONE.add(change)
                    : BigDecimal.ONE.subtract(change);
            return Optional.of(new RelativeValue(text, factor));
        }
        Matcher times = TIMES.matcher(text);
        if (times.matches()) {
            return Optional.of(new RelativeValue(text, new BigDecimal(times.group(1))));
        }
        return Optional.empty();
    }

    /** The inherited number {@code base} (decimal text) changed by this value, as decimal text. */
    String applyTo(String base) {
        BigDecimal result = new BigDecimal(base).multiply(factor).stripTrailingZeros();
        return result.scale() < 0 ? result.setScale(0).toPlainString() : result.toPlainString();
    }
}
