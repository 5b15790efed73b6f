package nl.ketensim.model;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The response to staffing is gradual (issue 9): in sweeps in steps of 20 FTE (under common random
 * numbers) the misses summed over the six basisvoorwaarden fall with every step, within noise, and
 * no single step carries over 30% of the total change, as a cliff would. The same sweeps with more
 * replications are in the README (ketensim sweep).
 */
class GradualResponseTest {

    private static final long SEED = 909;
    private static final int REPLICATIONS = 3;
    private static final double YEARS = 0.25;
    /** No step of 20 FTE may carry more than this share of the total change (issue 9). */
    private static final double MAX_STEP_SHARE = 0.3;
    private static final int STEP_FTE = 20;
    /**
     * A shorter warm-up than the basis's 240 days keeps the test affordable: the backlogs are then
     * not fully settled, the same at every point, so the comparison between points stands.
     */
    private static final String WARMUP = "simulation.warmup_days=120";

    @Test
    void missesFallGraduallyWithGemeenteStaff() {
        assertGradual("staffing.gemeente.fte", 120, 300);
    }

    @Test
    void missesFallGraduallyWithCasemanagers() {
        assertGradual("staffing.casemanager.fte", 120, 260);
    }

    private static void assertGradual(String path, int from, int to) {
        List<Integer> fte = IntStream.iterate(from, f -> f <= to, f -> f + STEP_FTE).boxed().toList();
        double[][] misses = new double[fte.size()][];
        for (int i = 0; i < fte.size(); i++) {
            misses[i] = ModelRuns.sumOf(ModelRuns.run(ModelRuns.basis(path + "=" + fte.get(i), WARMUP), SEED,
                    REPLICATIONS, YEARS), "without_at_release.", "");
        }
        double total = ModelRuns.mean(misses[0]) - ModelRuns.mean(misses[fte.size() - 1]);
        assertTrue(total > 0, path + ": misses do not fall from " + fte.get(0) + " to " + fte.get(fte.size() - 1));
        double critical = ModelRuns.tCritical(REPLICATIONS, 0.01);
        for (int i = 1; i < fte.size(); i++) {
            double[] step = ModelRuns.differences(misses[i - 1], misses[i]);
            double mean = ModelRuns.mean(step);
            double se = ModelRuns.standardError(step);
            assertTrue(mean > -critical * se, path + " " + fte.get(i - 1) + "→" + fte.get(i)
                    + ": misses rise by " + (-mean) + " beyond the noise " + critical * se);
            assertTrue((mean - critical * se) / total <= MAX_STEP_SHARE, path + " " + fte.get(i - 1) + "→"
                    + fte.get(i) + " carries " + mean / total + " of the change " + total + " beyond the noise "
                    + critical * se / total);
        }
    }
}
