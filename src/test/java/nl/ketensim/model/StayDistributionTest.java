package nl.ketensim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import nl.ketensim.scenario.Population.StayBin;
import org.junit.jupiter.api.Test;

/**
 * The stay histogram is inverted exactly: bin shares and within-bin uniformity; and its length-biased
 * form (density s f(s) / mean), the stay of a person found detained at a random moment.
 */
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

    @Test
    void lengthBiasedInverseWeighsBinsByShareTimesMeanStayAndRisesWithinThem() {
        // Mean 0.5 x 5 + 0.3 x 20 + 0.2 x 65 = 21.5; bin weights 2.5, 6 and 13 over 21.5.
        assertEquals(21.5, stay.mean(), 1e-12);
        assertEquals(0, stay.lengthBiasedInverse(0), 1e-12);
        assertEquals(Math.sqrt(50), stay.lengthBiasedInverse(1.25 / 21.5), 1e-9, "half-way through the first bin's weight");
        assertEquals(10, stay.lengthBiasedInverse(2.5 / 21.5), 1e-9);
        assertEquals(Math.sqrt(900 + 0.5 * (10_000 - 900)), stay.lengthBiasedInverse(15 / 21.5), 1e-9);
        assertEquals(100, stay.lengthBiasedInverse(1.0), 1e-9);
    }

    @Test
    void lengthBiasedMeanIsTheSecondMomentOverTheMean() {
        // E[S^2] = sum of share x (a^2 + ab + b^2) / 3 = 1073.33; integrated over the uniform by midpoints.
        double secondMoment = 0.5 * 100 / 3 + 0.3 * (100 + 300 + 900) / 3 + 0.2 * (900 + 3000 + 10_000) / 3;
        int n = 200_000;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += stay.lengthBiasedInverse((i + 0.5) / n);
        }
        assertEquals(secondMoment / 21.5, sum / n, 1e-4);
    }

    @Test
    void withoutAnyStayTheLengthBiasedStayIsZero() {
        assertEquals(0, new StayDistribution(List.of(new StayBin(0, 0, 1.0))).lengthBiasedInverse(0.7), 0);
    }
}
