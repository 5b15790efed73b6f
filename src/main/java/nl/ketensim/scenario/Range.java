package nl.ketensim.scenario;

/**
 * The allowed range of a numeric parameter. A null bound is open.
 *
 * @param min          lower bound, or null
 * @param minInclusive whether {@code min} itself is allowed
 * @param max          upper bound, or null
 * @param maxInclusive whether {@code max} itself is allowed
 */
public record Range(Double min, boolean minInclusive, Double max, boolean maxInclusive) {

    /** Any number. */
    public static final Range ANY = new Range(null, false, null, false);

    /** [min, max]. */
    public static Range between(double min, double max) {
        return new Range(min, true, max, true);
    }

    /** [min, ∞). */
    public static Range atLeast(double min) {
        return new Range(min, true, null, false);
    }

    /** (min, ∞). */
    public static Range above(double min) {
        return new Range(min, false, null, false);
    }

    /** (min, max]. */
    public static Range aboveUpTo(double min, double max) {
        return new Range(min, false, max, true);
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
