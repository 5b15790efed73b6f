package nl.ketensim.experiment;

import java.util.ArrayList;
import java.util.List;

/**
 * A full 2^k factorial design over k factors. Design point {@code mask} has factor j at its high
 * level ("relieved") when bit j is set. An effect is the mean response at the points where its
 * sign is +1 minus the mean where it is -1 (Box, Hunter &amp; Hunter): for a main effect the sign
 * is the factor's level; for a two-way interaction the product of the two levels.
 */
public final class FactorialDesign {

    /** Largest k accepted: 2^k scenarios must stay runnable. */
    public static final int MAX_FACTORS = 7;

    private final int factors;

    /** @param factors k, 1 &le; k &le; {@value #MAX_FACTORS} */
    public FactorialDesign(int factors) {
        if (factors < 1 || factors > MAX_FACTORS) {
            throw new IllegalArgumentException("factors must be 1.." + MAX_FACTORS + ", got " + factors);
        }
        this.factors = factors;
    }

    /** Number of design points, 2^k. */
    public int points() {
        return 1 << factors;
    }

    /** The effects estimated: main effects (j, -1) in factor order, then interactions (i, j), i &lt; j. */
    public List<Effect> effects() {
        List<Effect> effects = new ArrayList<>();
        for (int j = 0; j < factors; j++) {
            effects.add(new Effect(j, -1));
        }
        for (int i = 0; i < factors; i++) {
            for (int j = i + 1; j < factors; j++) {
                effects.add(new Effect(i, j));
            }
        }
        return effects;
    }

    /**
     * The effect on a response observed at every design point.
     *
     * @param response response[mask] at design point mask, length 2^k
     */
    public double estimate(Effect effect, double[] response) {
        if (response.length != points()) {
            throw new IllegalArgumentException("need " + points() + " responses, got " + response.length);
        }
        double sum = 0;
        for (int mask = 0; mask < response.length; mask++) {
            sum += effect.sign(mask) * response[mask];
        }
        return sum / (points() / 2.0);
    }

    /**
     * A main effect ({@code second < 0}) or a two-way interaction of factors first and second.
     *
     * @param first  factor index
     * @param second second factor index, or -1 for a main effect
     */
    public record Effect(int first, int second) {

        /** Whether this is a main effect. */
        public boolean isMain() {
            return second < 0;
        }

        /** +1 or -1 at design point {@code mask}. */
        int sign(int mask) {
            int s = level(mask, first);
            return isMain() ? s : s * level(mask, second);
        }

        private static int level(int mask, int factor) {
            return (mask >> factor & 1) == 1 ? 1 : -1;
        }
    }
}
