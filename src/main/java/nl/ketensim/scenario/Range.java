package nl.ketensim.scenario;

/**
 * The allowed range of a numeric parameter. A null bound is open. Every numeric scenario parameter
 * has an upper bound, with the reason why larger values are implausible ({@link #upTo}).
 *
 * @param min          lower bound, or null
 * @param minInclusive whether {@code min} itself is allowed
 * @param max          upper bound, or null
 * @param maxInclusive whether {@code max} itself is allowed
 * @param maxReason    why the upper bound is where it is, one English sentence; null when open
 */
public record Range(Double min, boolean minInclusive, Double max, boolean maxInclusive, String maxReason) {

    /** Any number. */
    public static final Range ANY = new Range(null, false, null, false, null);

    /** [min, max], without a reason for the upper bound yet. */
    public static Range between(double min, double max) {
        return between(min, max, null);
    }

    /** [min, max]. */
    public static Range between(double min, double max, String maxReason) {
        return new Range(min, true, max, true, maxReason);
    }

    /** [min, ∞); close it with {@link #upTo}. */
    public static Range atLeast(double min) {
        return new Range(min, true, null, false, null);
    }

    /** (min, ∞); close it with {@link #upTo}. */
    public static Range above(double min) {
        return new Range(min, false, null, false, null);
    }

    /** (min, max], without a reason for the upper bound yet. */
    public static Range aboveUpTo(double min, double max) {
        return above(min).upTo(max, null);
    }

    /** This range closed above at {@code max} (inclusive), for the reason given. */
    public Range upTo(double max, String reason) {
        return new Range(min, minInclusive, max, true, reason);
    }

    /** Whether {@code value} lies in the range. */
    public boolean contains(double value) {
        boolean aboveMin = min == null || (minInclusive ? value >= min : value > min);
        boolean belowMax = max == null || (maxInclusive ? value <= max : value < max);
        return aboveMin && belowMax;
    }

    /** The range as shown to users: {@code 0 to 1}, {@code > 0}, {@code >= 1}, {@code > 0 and <= 168}. */
    public String describe() {
        if (min != null && max != null && minInclusive && maxInclusive) {
            return Numbers.format(min) + " to " + Numbers.format(max);
        }
        String lower = min == null ? null : (minInclusive ? ">= " : "> ") + Numbers.format(min);
        String upper = max == null ? null : (maxInclusive ? "<= " : "< ") + Numbers.format(max);
        if (lower != null && upper != null) {
            return lower + " and " + upper;
        }
        if (lower != null) {
            return lower;
        }
        return upper == null ? "any number" : upper;
    }
}
