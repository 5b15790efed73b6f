package nl.ketensim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import nl.ketensim.scenario.Population.StayBin;
import org.junit.jupiter.api.Test;

/** The stay histogram is inverted exactly: bin shares and within-bin uniformity. */
class StayDistributionTest {

    private final StayDistribution stay = new StayDistribution(List.of(
            new StayBin(0, 10, 0.5), new StayBin(10, 30, 0.3), new StayBin(30, 100, 0.2)));

    @Test
    void inverseIsPiecewiseLinear() {
        assertEquals(0, stay.inverse(0), 1e-12);
        assertEquals(5, stay.inverse(0.25), 1e-12);
        assertEquals(10, stay.inverse(0.5), 1e-12);
        assertEquals(20, stay.inverse(0.65), 1e-12);
        assertEquals(65, stay.inverse(0.9), 1e-9);
        assertEquals(100, stay.inverse(1.0), 1e-9);
    }

    @Test
    void aLastBinWithoutShareIsReachedOnlyAtOneAndGivesItsMidpoint() {
        StayDistribution lastEmpty = new StayDistribution(List.of(new StayBin(0, 10, 1.0), new StayBin(10, 30, 0.0)));

        assertEquals(9.9, lastEmpty.inverse(0.99), 1e-12);
        assertEquals(20, lastEmpty.inverse(1.0), 0);
    }

    @Test
    void sharesSummingToLessThanOneNeverGiveAStayBeyondTheLastBin() {
        StayDistribution short1 = new StayDistribution(List.of(new StayBin(0, 10, 0.5), new StayBin(10, 30, 0.4999)));

        assertEquals(30, short1.inverse(0.99995), 0);
        assertEquals(30, short1.inverse(1.0), 0);
    }
}
