package nl.ketensim.model;

import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.ketensim.scenario.Scenario;
import org.junit.jupiter.api.Test;
import umontreal.ssj.rng.RandomStream;

/**
 * The replay of the past as a whole keeps the number detained stationary: at every moment from one
 * longest stay L before 0 up to 0, the number detained over the substreams of a fixed seed has the
 * mean of the stationary M/G/infinity law, the inflow per day times the mean stay (basis: about
 * 9,029), within 4 standard errors of the sample mean. A stock at -L drawn wrongly (none, or stays
 * not biased by length) shows at the first moments.
 */
class PastReplayTest {

    private static final long SEED = 20261130;
    private static final int SUBSTREAMS = 50;
    /** Days after the start of the replay, -L; the last moment is 0 itself. */
    private static final double[] AFTER_START = {0, 30, 365, 1095, 2000};
    private static final double Z = 4;

    @Test
    void theNumberDetainedIsStationaryThroughoutTheReplay() {
        Scenario s = ModelRuns.basis();
        double inflowPerDay = s.population().inflowPerYear() / 365.0;
        double expected = inflowPerDay * s.population().meanStayDays();
        double start = -s.population().maximumStayDays();
        double[] moments = new double[AFTER_START.length + 1];
        for (int m = 0; m < AFTER_START.length; m++) {
            moments[m] = start + AFTER_START[m];
        }
        double[] sum = new double[moments.length];
        double[] sumOfSquares = new double[moments.length];
        RandomStreams streams = new RandomStreams(SEED);
        for (int r = 0; r < SUBSTREAMS; r++) {
            PrisonSystem prisons = new PrisonSystem(new CountingSimulator(), s);
            RandomStream stream = streams.forReplication(r).get(RandomStreams.Source.INITIAL_POPULATION);
            AdmissionSampler sampler = new AdmissionSampler(s, prisons, stream, stream, stream, stream);
            PastReplay replay = new PastReplay(sampler, stream, prisons, inflowPerDay);
            for (int m = 0; m < moments.length; m++) {
                replay.replayUntil(moments[m], person -> { });
                int detained = detained(prisons, s);
                sum[m] += detained;
                sumOfSquares[m] += (double) detained * detained;
            }
        }
        StringBuilder table = new StringBuilder();
        boolean stationary = true;
        for (int m = 0; m < moments.length; m++) {
            double mean = sum[m] / SUBSTREAMS;
            double variance = (sumOfSquares[m] - SUBSTREAMS * mean * mean) / (SUBSTREAMS - 1);
            double standardError = Math.sqrt(variance / SUBSTREAMS);
            String line = String.format("day %.0f: mean %.1f, sd %.1f, se %.1f, expected %.1f (Poisson sd %.1f)%n",
                    moments[m], mean, Math.sqrt(variance), standardError, expected, Math.sqrt(expected));
            table.append(line);
            stationary &= Math.abs(mean - expected) <= Z * standardError;
        }
        assertTrue(stationary, "a mean more than " + Z + " standard errors from the expected:\n" + table);
    }

    /** Persons detained in all PI's now. */
    private static int detained(PrisonSystem prisons, Scenario s) {
        int total = 0;
        for (int prison = 0; prison < s.prisons().size(); prison++) {
            total += prisons.occupied(prison);
        }
        return total;
    }
}
