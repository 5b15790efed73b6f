package nl.ketensim.experiment;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import nl.ketensim.scenario.Range;

/**
 * One-at-a-time screening: every factor is moved down and up by a fraction of its value (default
 * ±20%), one at a time, all else at the scenario's value, under common random numbers. A moved
 * value outside the parameter's allowed range is clamped to the range (and marked); an integer
 * parameter is rounded. A direction that leaves the value unchanged (value 0, or already at its
 * bound) is not run, and said so.
 */
public final class SensitivityDesign {

    /** The default relative change: ±20%. */
    public static final double DEFAULT_DELTA = 0.2;

    private SensitivityDesign() { }

    /** Which end of a factor's range a point lies at. */
    public enum Direction {
        LOW("low"), HIGH("high");

        private final String key;

        Direction(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }

        /** The direction whose key is {@code key}, or null. */
        public static Direction fromKey(String key) {
            for (Direction d : values()) {
                if (d.key.equals(key)) {
                    return d;
                }
            }
            return null;
        }
    }

    /**
     * A parameter to screen.
     *
     * @param path      concrete parameter path, e.g. {@code cooperation.regie_clarity}
     * @param baseValue its value in the scenario
     * @param range     its allowed range
     * @param integer   whether it takes whole numbers only
     */
    public record Factor(String path, double baseValue, Range range, boolean integer) { }

    /**
     * One run of the design besides the base.
     *
     * @param path      the parameter moved
     * @param direction down or up
     * @param baseValue its value in the scenario
     * @param value     the value run
     * @param clamped   whether {@code value} was cut back to the allowed range
     */
    public record Point(String path, Direction direction, double baseValue, double value, boolean clamped) { }

    /**
     * A factor (or one direction of it) the design does not run.
     *
     * @param path   the parameter
     * @param reason why, in words
     */
    public record Skipped(String path, String reason) { }

    /** The points and skipped factors of a design. */
    public record Plan(List<Point> points, List<Skipped> skipped) {
        public Plan {
            points = List.copyOf(points);
            skipped = List.copyOf(skipped);
        }
    }

    /**
     * @param factors the parameters, in order
     * @param delta   relative change, 0 &lt; delta &lt; 1
     */
    public static Plan of(List<Factor> factors, double delta) {
        if (!(delta > 0 && delta < 1)) {
            throw new IllegalArgumentException("delta must lie in (0, 1), got " + delta);
        }
        List<Point> points = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        for (Factor f : factors) {
            if (f.baseValue() == 0) {
                skipped.add(new Skipped(f.path(), "value 0: a relative change does not move it"));
                continue;
            }
            for (Direction d : Direction.values()) {
                double raw = tidy(f.baseValue() * (d == Direction.LOW ? 1 - delta : 1 + delta));
                double value = clamp(raw, f.range(), f.baseValue());
                if (f.integer()) {
                    value = Math.round(value);
                }
                boolean clamped = value != raw && !(f.integer() && Math.round(raw) == value);
                if (value == f.baseValue()) {
                    skipped.add(new Skipped(f.path(), d.key() + ": already at its bound ("
                            + f.range().describe() + ")"));
                } else {
                    points.add(new Point(f.path(), d, f.baseValue(), value, clamped));
                }
            }
        }
        return new Plan(points, skipped);
    }

    /** {@code value} to 12 significant digits, so 0.9 × 0.8 is run and reported as 0.72. */
    static double tidy(double value) {
        return new BigDecimal(value).round(new MathContext(12)).doubleValue();
    }

    /** {@code value} cut back into the range; an exclusive bound is approached halfway from the base value. */
    static double clamp(double value, Range range, double baseValue) {
        if (range.min() != null && (value < range.min() || !range.minInclusive() && value == range.min())) {
            return range.minInclusive() ? range.min() : (range.min() + baseValue) / 2;
        }
        if (range.max() != null && (value > range.max() || !range.maxInclusive() && value == range.max())) {
            return range.maxInclusive() ? range.max() : (range.max() + baseValue) / 2;
        }
        return value;
    }
}
