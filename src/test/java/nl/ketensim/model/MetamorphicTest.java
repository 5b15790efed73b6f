package nl.ketensim.model;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
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

    @Test
    void moreCasemanagersGiveMoreTimelyIntakes() {
        // Casemanagers are scarce in this variant, so the intake norm is at stake.
        assertPairedIncrease(
                ModelRuns.basis("staffing.casemanager.fte=125"),
                ModelRuns.basis("staffing.casemanager.fte=160"),
                r -> ModelRuns.values(r, "all", "intake_within_norm_share"));
    }

    @Test
    void moreGemeenteStaffGiveFewerGemeenteCapacityMisses() {
        assertPairedIncrease(
                ModelRuns.basis("staffing.gemeente.fte=200"),
                ModelRuns.basis("staffing.gemeente.fte=150"),
                r -> ModelRuns.sumOf(r, "missed_per_year.", ".capaciteit_gemeente"));
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
