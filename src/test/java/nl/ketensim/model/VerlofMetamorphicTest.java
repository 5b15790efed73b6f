package nl.ketensim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import nl.ketensim.results.ReplicationResult;
import nl.ketensim.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * Metamorphic checks of the Wet straffen en beschermen under common random numbers: the same
 * people, with and without the law. With casemanagers cut to 120 FTE many plans fail, so the
 * condition binds for enough people to see.
 */
class VerlofMetamorphicTest {

    private static final long SEED = 2024;
    private static final double YEARS = 0.25;
    private static final String FEWER_CASEMANAGERS = "staffing.casemanager.fte=120";
    private static final String WITHOUT_WSB = "detentiefasering.wet_straffen_en_beschermen=false";

    /** The releases of replication 0 of the scenario, in release order. */
    private static List<ReleaseRecord> releases(Scenario scenario) {
        ChainSimulation chain = new ChainSimulation(scenario, new RandomStreams(SEED).forReplication(0), 0, YEARS);
        List<ReleaseRecord> records = new ArrayList<>();
        chain.listenToReleases(records::add);
        chain.run();
        return records;
    }

    private static long verlofWithoutPlan(List<ReleaseRecord> records) {
        return records.stream().filter(r -> r.verlof() && Double.isNaN(r.planDays())).count();
    }

    private static long verlof(List<ReleaseRecord> records) {
        return records.stream().filter(ReleaseRecord::verlof).count();
    }

    @Test
    void withoutTheWsbVerlofNoLongerDependsOnThePlan() {
        List<ReleaseRecord> wsb = releases(ModelRuns.basis(FEWER_CASEMANAGERS));
        List<ReleaseRecord> before = releases(ModelRuns.basis(FEWER_CASEMANAGERS, WITHOUT_WSB));
        assertEquals(wsb.size(), before.size(), "the same people are released");
        assertEquals(0, verlofWithoutPlan(wsb), "with the WSB no verlof without a D&R-plan");
        assertTrue(verlofWithoutPlan(before) > 0, "without it, verlof by time served also without a plan");
        assertTrue(verlof(before) > verlof(wsb), verlof(before) + " against " + verlof(wsb));
    }

    @Test
    void viAdviceRaisesTheReclasseringsWork() {
        // Paired over replications: the advice hours are the only difference.
        List<ReplicationResult> without = ModelRuns.run(ModelRuns.basis("detentiefasering.vi.advice_hours=0"), SEED,
                4, YEARS);
        List<ReplicationResult> with = ModelRuns.run(ModelRuns.basis(), SEED, 4, YEARS);
        double[] diff = ModelRuns.differences(ModelRuns.values(with, "all", "utilisation.reclassering"),
                ModelRuns.values(without, "all", "utilisation.reclassering"));
        double mean = ModelRuns.mean(diff);
        double se = ModelRuns.standardError(diff);
        assertTrue(mean > ModelRuns.tCritical(diff.length, 0.01) * se, "paired difference " + mean + ", SE " + se);
    }
}
