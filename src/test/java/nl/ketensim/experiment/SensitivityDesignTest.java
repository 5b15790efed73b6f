package nl.ketensim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.ketensim.experiment.SensitivityDesign.Direction;
import nl.ketensim.experiment.SensitivityDesign.Factor;
import nl.ketensim.experiment.SensitivityDesign.Point;
import nl.ketensim.scenario.Range;
import org.junit.jupiter.api.Test;

class SensitivityDesignTest {

    private static final Range PROBABILITY = Range.between(0, 1);

    @Test
    void eachFactorIsMovedDownAndUpByDeltaOfItsValue() {
        SensitivityDesign.Plan plan = SensitivityDesign.of(List.of(new Factor("a", 50, Range.above(0), false),
                new Factor("b", 0.5, PROBABILITY, false)), 0.2);
        assertEquals(List.of(new Point("a", Direction.LOW, 50, 40, false), new Point("a", Direction.HIGH, 50, 60, false),
                new Point("b", Direction.LOW, 0.5, 0.4, false), new Point("b", Direction.HIGH, 0.5, 0.6, false)),
                plan.points());
        assertTrue(plan.skipped().isEmpty());
    }

    @Test
    void aValueOutsideTheAllowedRangeIsClampedAndMarked() {
        List<Point> points = SensitivityDesign.of(List.of(new Factor("p", 0.9, PROBABILITY, false)), 0.2).points();
        assertEquals(0.72, points.get(0).value(), 1e-12);
        assertFalse(points.get(0).clamped());
        assertEquals(1.0, points.get(1).value());
        assertTrue(points.get(1).clamped());
    }

    @Test
    void aDirectionThatCannotMoveAndAZeroValueAreSkippedWithTheirReason() {
        SensitivityDesign.Plan plan = SensitivityDesign.of(List.of(new Factor("p", 1.0, PROBABILITY, false),
                new Factor("z", 0, Range.atLeast(0), false)), 0.2);
        assertEquals(List.of(new Point("p", Direction.LOW, 1.0, 0.8, false)), plan.points());
        assertEquals("p", plan.skipped().get(0).path());
        assertTrue(plan.skipped().get(0).reason().startsWith("high: already at its bound (0 to 1)"));
        assertEquals("value 0: a relative change does not move it", plan.skipped().get(1).reason());
    }

    @Test
    void integersAreRoundedAndAnExclusiveBoundIsApproachedHalfway() {
        List<Point> places = SensitivityDesign.of(List.of(new Factor("n", 7, Range.atLeast(1), true)), 0.2).points();
        assertEquals(6, places.get(0).value());
        assertEquals(8, places.get(1).value());
        assertFalse(places.get(1).clamped(), "rounding is no clamping");
        Range openTop = new Range(0.0, true, 10.0, false, "test");
        assertEquals(9.5, SensitivityDesign.clamp(10.8, openTop, 9), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> SensitivityDesign.of(List.of(), 1.0));
    }
}
