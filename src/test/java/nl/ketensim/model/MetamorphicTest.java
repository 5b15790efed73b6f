package nl.ketensim.model;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.ketensim.results.ReplicationResult;
import nl.ketensim.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * Metamorphic checks under common random numbers: changing one input in a known direction moves
 * an output in a known direction, by more than the paired differences' noise.
 */
class MetamorphicTest {

    private static final long SEED = 2024;
    private static final int REPLICATIONS = 4;
    private static final double YEARS = 0.25;
    private static final Scenario GEMEENTE_BASIS = ModelRuns.basis();
    private static final Scenario GEMEENTE_FEWER = ModelRuns.basis("staffing.gemeente.fte=160");
    private static final Scenario CASEMANAGER_BASIS = GEMEENTE_BASIS;
    private static final Scenario CASEMANAGER_FEWER = ModelRuns.basis("staffing.casemanager.fte=150");

    // Fewer gemeente FTE (160 against the basis 200): the gemeente's queue is longer, so it attends
    // fewer meetings, takes the screening in later, and needs are missed more often.

    @Test
    void fewerGemeenteStaffLowerGemeentePresenceAtThePlan() {
        assertPairedIncrease(GEMEENTE_FEWER, GEMEENTE_BASIS,
                r -> ModelRuns.values(r, "all", "gemeente_present_at_plan_share"));
    }

    @Test
    void fewerGemeenteStaffDelayTheInformation() {
        assertPairedIncrease(GEMEENTE_FEWER, GEMEENTE_BASIS,
                r -> ModelRuns.values(r, "all", "information_shared_on_time_share"));
    }

    @Test
    void fewerGemeenteStaffGiveMoreMisses() {
        assertPairedIncrease(GEMEENTE_BASIS, GEMEENTE_FEWER,
                r -> ModelRuns.sumOf(r, "without_at_release.", ""));
    }

    @Test
    void fewerGemeenteStaffGiveLessWarmeOverdracht() {
        assertPairedIncrease(GEMEENTE_FEWER, GEMEENTE_BASIS,
                r -> ModelRuns.values(r, "all", "warme_overdracht_share"));
    }

    // Fewer casemanager FTE (150 against the basis 182): less time per intake and meeting.

    @Test
    void fewerCasemanagersLowerPlanWithinNorm() {
        assertPairedIncrease(CASEMANAGER_FEWER, CASEMANAGER_BASIS,
                r -> ModelRuns.values(r, "all", "plan_within_norm_share"));
    }

    @Test
    void fewerCasemanagersLowerDetection() {
        assertPairedIncrease(CASEMANAGER_FEWER, CASEMANAGER_BASIS,
                r -> ModelRuns.values(r, "all", "detection_at_intake_share"));
    }

    @Test
    void moreRegionalPlacementGivesFewerRegionalPlacementMisses() {
        assertPairedIncrease(
                ModelRuns.basis("placement.home_region_share=0.95"),
                ModelRuns.basis("placement.home_region_share=0.5"),
                r -> ModelRuns.sumOf(r, "missed_per_year.", ".regionale_plaatsing"));
    }

    /** Asserts that the metric is higher under {@code higher} than under {@code lower}, paired per replication. */
    private static void assertPairedIncrease(Scenario lower, Scenario higher,
                                             java.util.function.Function<List<ReplicationResult>, double[]> metric) {
        double[] low = metric.apply(ModelRuns.run(lower, SEED, REPLICATIONS, YEARS));
        double[] high = metric.apply(ModelRuns.run(higher, SEED, REPLICATIONS, YEARS));
        double[] diff = ModelRuns.differences(high, low);
        double mean = ModelRuns.mean(diff);
        double se = ModelRuns.standardError(diff);
        double critical = ModelRuns.tCritical(REPLICATIONS, 0.01);
        assertTrue(mean > critical * se, "paired difference " + mean + " not above " + critical + " x SE " + se);
    }
}
