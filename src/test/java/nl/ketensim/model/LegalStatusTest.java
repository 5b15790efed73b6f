package nl.ketensim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.ketensim.scenario.Population;
import nl.ketensim.scenario.Population.StayBin;
import nl.ketensim.scenario.Scenario;
import org.junit.jupiter.api.Test;
import umontreal.ssj.rng.MRG32k3a;

/**
 * The length-biased stay of {@link LegalStatus} (a person found detained at a random moment) has the
 * known mean E[S^2] / E[S] for each kind of stay and for the basis mix, within the standard error of a
 * fixed-seed sample.
 */
class LegalStatusTest {

    private static final int DRAWS = 200_000;
    /** Four standard errors: a false alarm about once in 16,000 runs of a fixed seed that passes. */
    private static final double Z = 4;

    @Test
    void sentencedOnly() {
        assertLengthBiasedMean("population.hvb_share=0");
    }

    @Test
    void remandEndedBeforeOrAtTrialOnly() {
        assertLengthBiasedMean("population.hvb_share=1", "population.hvb_conviction_share=0");
    }

    @Test
    void remandFollowedBySentenceOnly() {
        assertLengthBiasedMean("population.hvb_share=1", "population.hvb_conviction_share=1");
    }

    @Test
    void theBasisMix() {
        assertLengthBiasedMean();
    }

    private static void assertLengthBiasedMean(String... overrides) {
        Scenario s = ModelRuns.basis(overrides);
        Population p = s.population();
        LegalStatus legal = new LegalStatus(p, s.cooperation());
        MRG32k3a stream = new MRG32k3a();
        stream.setSeed(new long[] {12345, 12345, 12345, 12345, 12345, 12345}); // independent of other tests
        double sum = 0;
        double squares = 0;
        for (int i = 0; i < DRAWS; i++) {
            double stay = legal.drawLengthBiasedStay(stream);
            sum += stay;
            squares += stay * stay;
        }
        double mean = sum / DRAWS;
        double se = Math.sqrt((squares / DRAWS - mean * mean) / DRAWS);
        double expected = secondMoment(p) / p.meanStayDays();
        assertTrue(Math.abs(mean - expected) < Z * se,
                String.join(",", overrides) + ": mean " + mean + ", expected " + expected + " +- " + Z * se);
    }

    /** E[S^2] of a whole stay: sentenced, remand alone, or remand plus an independent sentence. */
    private static double secondMoment(Population p) {
        double se = Population.mean(p.stayDays());
        double se2 = secondMoment(p.stayDays());
        double r = Population.mean(p.hvbStayDays());
        double r2 = secondMoment(p.hvbStayDays());
        double h = p.hvbShare();
        double c = p.hvbConvictionShare();
        return (1 - h) * se2 + h * (1 - c) * r2 + h * c * (r2 + 2 * r * se + se2);
    }

    /** E[X^2] of a histogram with X uniform within each bin. */
    private static double secondMoment(List<StayBin> bins) {
        double m = 0;
        for (StayBin b : bins) {
            double a = b.fromDays();
            double c = b.toDays();
            m += b.share() * (a * a + a * c + c * c) / 3;
        }
        return m;
    }
}
