package nl.ketensim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import nl.ketensim.model.ReintegrationModel;
import nl.ketensim.results.Metric;
import nl.ketensim.scenario.ScenarioLoader;
import nl.ketensim.stats.PairedDifference;
import org.junit.jupiter.api.Test;

/**
 * Paired comparisons on the real model, short runs: a scenario against itself, a relief that
 * cannot matter, and common random numbers against independent seeds.
 */
class CommonRandomNumbersTest {

    private static final Path BASIS = Path.of("scenarios", "basis.yaml");
    private static final long SEED = 20260101L;

    private static ReplicationFunction model(Path file, List<String> overrides, long seed, double years)
            throws Exception {
        ReintegrationModel model = new ReintegrationModel(ScenarioLoader.load(file, overrides), seed);
        return r -> model.run(r, years);
    }

    private static StudyResults run(int replications, ReplicationFunction... variants) {
        List<Integer> reps = ShardSpec.ALL.replications(replications);
        return new StudyRunner(2, ProgressListener.NONE).run(List.of(variants), reps);
    }

    @Test
    void aScenarioComparedWithItselfDiffersByExactlyZeroOnEveryMetric() throws Exception {
        StudyResults results = run(2, model(BASIS, List.of(), SEED, 0.1), model(BASIS, List.of(), SEED, 0.1));
        StudyPlan plan = new StudyPlan("compare", SEED, 0.1, 2, java.util.Map.of(), List.of(
                new StudyPlan.Variant("basis", "b", "", List.of(), java.util.Map.of()),
                new StudyPlan.Variant("basis", "b", "", List.of(), java.util.Map.of())));

        List<Comparison.Row> rows = Comparison.of(plan, results);

        assertEquals(results.variant(0).get(0).metrics().size(), rows.size());
        for (Comparison.Row row : rows) {
            PairedDifference p = row.paired();
            if (p.n() > 0) {
                assertEquals(0.0, p.difference().mean(), row.group() + "|" + row.metric());
            }
            if (p.n() > 1) {
                assertEquals(0.0, p.difference().low(), row.metric());
                assertEquals(0.0, p.difference().high(), row.metric());
            }
        }
    }

    @Test
    void relievingAReclasseringPoolThatNeverQueuesPreventsNothingWithinItsInterval() throws Exception {
        List<String> huge = List.of("staffing.reclassering.fte=x100");
        List<String> relieved = List.of("staffing.reclassering.fte=x100", "staffing.reclassering.unlimited=true");
        StudyResults results = run(3, model(BASIS, huge, SEED, 0.1), model(BASIS, relieved, SEED, 0.1));
        List<String> bvs = MissedResponses.basisvoorwaarden(results.variant(0).get(0).metrics());

        assertTrue(bvs.size() > 1, "the model reports missed basisvoorwaarden per knelpunt");
        for (String bv : bvs) {
            PairedDifference prevented = PairedDifference.of(MissedResponses.totals(results.variant(1), bv),
                    MissedResponses.totals(results.variant(0), bv));
            assertEquals(3, prevented.n());
            assertTrue(prevented.difference().low() <= 0 && prevented.difference().high() >= 0,
                    bv + ": prevented " + prevented.difference());
        }
    }

    @Test
    void commonRandomNumbersNarrowTheIntervalOfADifferenceComparedWithIndependentSeeds() throws Exception {
        Path more = Path.of("scenarios", "meer-casemanagers.yaml");
        StudyResults crn = run(4, model(BASIS, List.of(), SEED, 0.2), model(more, List.of(), SEED, 0.2));
        StudyResults independent = run(4, model(BASIS, List.of(), SEED, 0.2), model(more, List.of(), SEED + 1, 0.2));

        for (String bv : List.of(MissedResponses.ALL, "onderdak")) {
            PairedDifference paired = PairedDifference.of(MissedResponses.totals(crn.variant(0), bv),
                    MissedResponses.totals(crn.variant(1), bv));
            PairedDifference apart = PairedDifference.of(MissedResponses.totals(independent.variant(0), bv),
                    MissedResponses.totals(independent.variant(1), bv));
            assertTrue(paired.varianceReduction() > 0.5, bv + ": CRN variance reduction " + paired.varianceReduction());
            assertTrue(paired.difference().halfWidth() < apart.difference().halfWidth(),
                    bv + ": CRN half-width " + paired.difference().halfWidth() + " vs independent "
                            + apart.difference().halfWidth());
        }
        int releases = index(crn, "all|releases_per_year");
        PairedDifference sameInflow = PairedDifference.of(crn.values(0, releases), crn.values(1, releases));
        assertTrue(sameInflow.varianceReduction() > 0.9, "releases: " + sameInflow.varianceReduction());
    }

    private static int index(StudyResults results, String key) {
        List<Metric> layout = results.variant(0).get(0).metrics();
        for (int m = 0; m < layout.size(); m++) {
            if (layout.get(m).key().equals(key)) {
                return m;
            }
        }
        throw new AssertionError("no metric " + key);
    }
}
