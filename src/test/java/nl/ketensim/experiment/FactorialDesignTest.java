package nl.ketensim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class FactorialDesignTest {

    /** y = 100 - 10 a - 4 b + 0 c + 3 a b, with a, b, c = 1 when relieved. */
    private static double response(int mask) {
        int a = mask & 1;
        int b = mask >> 1 & 1;
        return 100 - 10 * a - 4 * b + 3 * a * b;
    }

    @Test
    void recoversMainEffectsAndTheInteractionOfAKnownResponse() {
        FactorialDesign design = new FactorialDesign(3);
        double[] y = new double[design.points()];
        for (int mask = 0; mask < y.length; mask++) {
            y[mask] = response(mask);
        }
        List<FactorialDesign.Effect> effects = design.effects();

        assertEquals(6, effects.size());
        // main effect of a: average change from relieving a = -10 + 3 * (share of b relieved = 1/2)
        assertEquals(-8.5, design.estimate(effects.get(0), y), 1e-12);
        assertEquals(-2.5, design.estimate(effects.get(1), y), 1e-12);
        assertEquals(0.0, design.estimate(effects.get(2), y), 1e-12);
        // interaction ab = half the difference of a's effect at b high (-7) and at b low (-10)
        assertEquals(new FactorialDesign.Effect(0, 1), effects.get(3));
        assertEquals(1.5, design.estimate(effects.get(3), y), 1e-12);
        assertEquals(0.0, design.estimate(effects.get(4), y), 1e-12);
        assertEquals(0.0, design.estimate(effects.get(5), y), 1e-12);
    }

    @Test
    void refusesTooManyFactors() {
        assertThrows(IllegalArgumentException.class, () -> new FactorialDesign(FactorialDesign.MAX_FACTORS + 1));
    }
}
