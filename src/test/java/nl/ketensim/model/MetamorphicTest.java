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
    /** Placement paths diverge once places differ, so the placement checks need more pairs. */
    private static final int PLACEMENT_REPLICATIONS = 8;

    @Test
    void moreCasemanagersGiveMoreTimelyIntakes() {
        // Casemanagers are scarce in this variant, so the intake norm is at stake.
        assertPairedIncrease(
                ModelRuns.basis("staffing.casemanager.fte=125"),
                ModelRuns.basis("staffing.casemanager.fte=160"),
                r -> ModelRuns.values(r, "all", "intake_within_10d_share"));
    }

    @Test
    void moreGemeenteStaffGiveFewerGemeenteCapacityMisses() {
        assertPairedIncrease(
                ModelRuns.basis("staffing.gemeente.fte=200"),
                ModelRuns.basis("staffing.gemeente.fte=150"),
                r -> ModelRuns.sumOf(r, "missed_per_year.", ".capaciteit_gemeente"));
    }

    /** Runs of the basis [0] and of the basis with half the places in every PI of Zuid-Holland [1]. */
    private static List<List<ReplicationResult>> zuidHollandRuns;

    private static synchronized List<List<ReplicationResult>> zuidHollandWithFewerPlaces() {
        if (zuidHollandRuns == null) {
            Scenario fewer = ModelRuns.basis(
                    "prisons[12].places=x0.5", "prisons[13].places=x0.5", "prisons[14].places=x0.5");
            zuidHollandRuns = List.of(ModelRuns.run(ModelRuns.basis(), SEED, PLACEMENT_REPLICATIONS, YEARS),
                    ModelRuns.run(fewer, SEED, PLACEMENT_REPLICATIONS, YEARS));
        }
        return zuidHollandRuns;
    }

    @Test
    void fewerPlacesInOneRegionPlaceFewerPeopleInTheirHomeRegion() {
        List<List<ReplicationResult>> runs = zuidHollandWithFewerPlaces();
        assertPairedIncrease(ModelRuns.values(runs.get(1), "all", "in_region_share"),
                ModelRuns.values(runs.get(0), "all", "in_region_share"));
    }

    @Test
    void fewerPlacesInOneRegionGiveMoreRegionalPlacementMisses() {
        List<List<ReplicationResult>> runs = zuidHollandWithFewerPlaces();
        assertPairedIncrease(ModelRuns.sumOf(runs.get(0), "missed_per_year.", ".regionale_plaatsing"),
                ModelRuns.sumOf(runs.get(1), "missed_per_year.", ".regionale_plaatsing"));
    }

    /** Asserts that the metric is higher under {@code higher} than under {@code lower}, paired per replication. */
    private static void assertPairedIncrease(Scenario lower, Scenario higher,
                                             java.util.function.Function<List<ReplicationResult>, double[]> metric) {
        assertPairedIncrease(metric.apply(ModelRuns.run(lower, SEED, REPLICATIONS, YEARS)),
                metric.apply(ModelRuns.run(higher, SEED, REPLICATIONS, YEARS)));
    }

    /** Asserts that {@code high} exceeds {@code low} by more than the noise of their paired differences. */
    private static void assertPairedIncrease(double[] low, double[] high) {
        double[] diff = ModelRuns.differences(high, low);
        double mean = ModelRuns.mean(diff);
        double se = ModelRuns.standardError(diff);
        double critical = ModelRuns.tCritical(low.length, 0.01);
        assertTrue(mean > critical * se, "paired difference " + mean + " not above " + critical + " x SE " + se);
    }
}
