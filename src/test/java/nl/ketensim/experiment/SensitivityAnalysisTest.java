package nl.ketensim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.ketensim.experiment.SensitivityDesign.Factor;
import nl.ketensim.results.Metric;
import nl.ketensim.results.ReplicationResult;
import nl.ketensim.scenario.Range;
import nl.ketensim.stats.IntervalEstimate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The screening on a model with known effects: the outputs are known functions of two parameters
 * plus noise that depends on the replication only (common random numbers), so every paired
 * difference is exact and the knelpunten ranking flips exactly where the functions cross.
 */
class SensitivityAnalysisTest {

    private static final int REPLICATIONS = 4;
    private static final Map<String, Double> BASE = Map.of("x", 0.9, "y", 0.5);

    private static StudyPlan plan;
    private static StudyResults results;

    /** id = 0.2 + 0.5 x; onderdak independent of both; informatiedeling = 100 + 100 y crosses kort_verblijf = 145. */
    private static ReplicationFunction model(Map<String, Double> p) {
        return r -> {
            double noise = 0.01 * (r % 3);
            List<Metric> metrics = List.of(
                    new Metric("stay_gt_14d", "without_at_release.id", "share", 0.2 + 0.5 * p.get("x") + noise),
                    new Metric("stay_gt_14d", "without_at_release.onderdak", "share", 0.3 + noise),
                    new Metric("all", "without_at_release.id", "share", 0.9),
                    new Metric("all", "missed_per_year.id.informatiedeling", "persons/year", 100 + 100 * p.get("y") + r),
                    new Metric("all", "missed_per_year.id.kort_verblijf", "persons/year", 145 + r),
                    new Metric("all", "missed_per_year.onderdak.kort_verblijf", "persons/year", 0),
                    new Metric("all", "missed_per_year.id.onduidelijke_regie", "persons/year", 10 + 2 * r));
            return new ReplicationResult(r, metrics, 1);
        };
    }

    @BeforeAll
    static void runTheDesign() {
        SensitivityDesign.Plan design = SensitivityDesign.of(List.of(
                new Factor("x", 0.9, Range.between(0, 1), false), new Factor("y", 0.5, Range.between(0, 1), false)),
                0.2);
        List<StudyPlan.Variant> variants = new ArrayList<>();
        List<ReplicationFunction> functions = new ArrayList<>();
        variants.add(new StudyPlan.Variant("base", "f.yaml", "sha", "", List.of(), Map.of()));
        functions.add(model(BASE));
        for (SensitivityDesign.Point p : design.points()) {
            Map<String, Double> values = new HashMap<>(BASE);
            values.put(p.path(), p.value());
            variants.add(new StudyPlan.Variant(p.path() + " " + p.direction().key(), "f.yaml", "sha", "",
                    List.of(p.path() + "=" + p.value()), Map.of(SensitivityAnalysis.PARAM, p.path(),
                    SensitivityAnalysis.DIRECTION, p.direction().key(), SensitivityAnalysis.VALUE,
                    Double.toString(p.value()), SensitivityAnalysis.BASE_VALUE, Double.toString(p.baseValue()),
                    SensitivityAnalysis.CLAMPED, Boolean.toString(p.clamped()))));
            functions.add(model(values));
        }
        plan = new StudyPlan("sensitivity", 1, 1, REPLICATIONS, Map.of(SensitivityAnalysis.GROUP, "stay_gt_14d",
                SensitivityAnalysis.METRICS, "without_at_release"), variants);
        results = new StudyRunner(2, ProgressListener.NONE).run(functions, List.of(0, 1, 2, 3));
    }

    private static SensitivityAnalysis.Row row(String parameter, String direction, String metric) {
        return SensitivityAnalysis.of(plan, results).stream().filter(r -> r.parameter().equals(parameter)
                && r.direction().equals(direction) && r.metric().equals(metric)).findFirst().orElseThrow();
    }

    @Test
    void theEffectsAreTheKnownSlopesTimesTheChangeWithExactPairedIntervals() {
        IntervalEstimate low = row("x", "low", "without_at_release.id").paired().difference();
        assertEquals(0.5 * (0.72 - 0.9), low.mean(), 1e-12);
        assertEquals(low.mean(), low.low(), 1e-12, "common noise cancels in the pairs");
        SensitivityAnalysis.Row range = row("x", "range", "without_at_release.id");
        assertEquals(0.5 * (1.0 - 0.72), range.paired().difference().mean(), 1e-12);
        assertTrue(range.clamped(), "x high is clamped at 1");
        assertEquals("0.72", range.baseValue());
        assertEquals(0, row("y", "range", "without_at_release.onderdak").paired().difference().mean(), 1e-12);
    }

    @Test
    void onlyTheChosenGroupAndFamilyAreOutputs() {
        List<SensitivityAnalysis.Row> rows = SensitivityAnalysis.of(plan, results);
        assertTrue(rows.stream().allMatch(r -> r.group().equals("stay_gt_14d")));
        // 2 parameters x (low, high, range) x 2 outputs
        assertEquals(12, rows.size());
    }

    @Test
    void theRankingFlipsExactlyWhereTheKnownFunctionsCross() {
        List<RankingRobustness.Row> rows = RankingRobustness.of(plan, results);
        assertEquals(List.of("informatiedeling", "kort_verblijf", "onduidelijke_regie"),
                rows.get(0).ranking().stream().map(Map.Entry::getKey).toList().subList(0, 3));
        Map<String, List<String>> flipped = new HashMap<>();
        rows.subList(1, rows.size()).forEach(r -> flipped.put(r.parameter() + " " + r.direction(), r.flipped()));
        assertEquals(List.of("informatiedeling>kort_verblijf"), flipped.get("y low"), "140 < 145");
        assertEquals(List.of(), flipped.get("y high"));
        assertEquals(List.of(), flipped.get("x low"));
        Map<String, List<String>> byKnelpunt = RankingRobustness.flipsByKnelpunt(rows);
        assertEquals(List.of("y low"), byKnelpunt.get("informatiedeling"));
        assertEquals(List.of("y low"), byKnelpunt.get("kort_verblijf"));
        assertEquals(List.of(), byKnelpunt.get("onduidelijke_regie"), "robust");
    }

    @Test
    void pairsWithinNoiseOfEachOtherAreTiedAndCannotFlip() {
        // a knelpunt at 0 in every replication ties with every other at 0: no separated pair, nothing flips
        List<RankingRobustness.Row> rows = RankingRobustness.of(plan, results);
        assertTrue(rows.stream().flatMap(r -> r.flipped().stream()).noneMatch(p -> p.contains("capaciteit")));
        assertTrue(RankingRobustness.isRankingFamily("missed_per_year"));
        assertTrue(!RankingRobustness.isRankingFamily("without_at_release"));
    }
}
