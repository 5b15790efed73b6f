package nl.ketensim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nl.ketensim.domain.Basisvoorwaarde;
import nl.ketensim.results.ReplicationResult;
import nl.ketensim.scenario.Aftercare;
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
    /** The runs of each scenario and number of replications, made once: several checks read the same runs. */
    private static final Map<List<Object>, List<ReplicationResult>> RUNS = new HashMap<>();
    /** Placement paths diverge once places differ, so the placement checks need more pairs. */
    private static final int PLACEMENT_REPLICATIONS = 8;
    /** Pairs for the small effect of gemeente staff on the screening's receipt (shares the basis runs above). */
    private static final int INFORMATION_REPLICATIONS = PLACEMENT_REPLICATIONS;
    private static final Scenario BASIS = ModelRuns.basis();
    /** Every stay bin's ends x1.5, sentenced and HvB. */
    private static final Scenario LONGER_STAYS = ModelRuns.basis(stayBinsTimes(1.5));
    private static final Scenario GEMEENTE_FEWER = ModelRuns.basis("staffing.gemeente.fte=160");
    private static final Scenario CASEMANAGER_FEWER = ModelRuns.basis("staffing.casemanager.fte=150");
    /** Half the places in every PI of Zuid-Holland. */
    private static final Scenario ZUID_HOLLAND_FEWER_PLACES = ModelRuns.basis(
            "prisons[12].places=x0.5", "prisons[13].places=x0.5", "prisons[14].places=x0.5");

    // Fewer gemeente FTE (160 against the basis 200): the gemeente's queue is longer, so it attends
    // fewer meetings, takes the screening in later, and needs are missed more often.

    @Test
    void fewerGemeenteStaffLowerGemeentePresenceAtThePlan() {
        assertPairedIncrease(GEMEENTE_FEWER, BASIS,
                r -> ModelRuns.values(r, "all", "gemeente_present_at_plan_share"));
    }

    // Since the plan is booked once the partners have the screening, the gemeente no longer attends
    // the plan before taking the screening in, so its queue delays the screening less: with 4 pairs
    // the difference (+0.007) stayed within 5.8 standard errors; 8 pairs measure it.

    @Test
    void fewerGemeenteStaffDelayTheInformation() {
        assertPairedIncrease(GEMEENTE_FEWER, BASIS, INFORMATION_REPLICATIONS,
                r -> ModelRuns.values(r, "all", "information_shared_on_time_share"));
    }

    @Test
    void fewerGemeenteStaffGiveMoreMisses() {
        assertPairedIncrease(BASIS, GEMEENTE_FEWER,
                r -> ModelRuns.sumOf(r, "without_at_release.", ""));
    }

    @Test
    void fewerGemeenteStaffGiveLessWarmeOverdracht() {
        assertPairedIncrease(GEMEENTE_FEWER, BASIS,
                r -> ModelRuns.values(r, "all", "warme_overdracht_share"));
    }

    // Fewer casemanager FTE (150 against the basis 182): less time per intake and meeting.

    @Test
    void fewerCasemanagersLowerPlanWithinNorm() {
        assertPairedIncrease(CASEMANAGER_FEWER, BASIS,
                r -> ModelRuns.values(r, "all", "plan_within_norm_share"));
    }

    @Test
    void fewerCasemanagersLowerDetection() {
        assertPairedIncrease(CASEMANAGER_FEWER, BASIS,
                r -> ModelRuns.values(r, "all", "detection_at_intake_share"));
    }

    // Longer stays (every stay bin's ends x1.5) under the same draws: the same hazard times of ID
    // expiry fall inside more stays, so more IDs expire in detention.

    @Test
    void longerStaysLetMoreIdsExpire() {
        assertPairedIncrease(BASIS, LONGER_STAYS, r -> ModelRuns.values(r, "all", "arose_in_detention.id"));
    }

    // The same longer stays: more stays outlast the weeks after which a job is lost, so fewer people
    // still have their job after release (README, "Work and income").

    @Test
    void longerStaysLeaveFewerJobsKept() {
        assertPairedIncrease(BASIS, LONGER_STAYS, r -> ModelRuns.values(r, "all", "no_work_after_4w_share"));
    }

    // Without the alignment before release there is no warme overdracht: the open needs wait until
    // the gemeente learns of the person, if it does, so more are still missing 13 weeks after release.

    @Test
    void withoutWarmeOverdrachtMoreAreStillMissingAfterThirteenWeeks() {
        Scenario cold = ModelRuns.basis("process.alignment_days_before_release=0");
        assertPairedIncrease(BASIS, cold, r -> ModelRuns.sumOf(r, "without_after_13w.", ""));
    }

    /** With every hazard ratio 1 (the sources of income too), each person's indicative recidive is the baseline, exactly. */
    @Test
    void hazardRatiosOfOneGiveTheBaselineRecidive() {
        List<String> overrides = new ArrayList<>();
        for (Basisvoorwaarde b : Aftercare.Recidive.RATIO_DOMAINS) {
            overrides.add("aftercare.recidive.hazard_ratio." + b.key() + "=1");
        }
        overrides.add("aftercare.recidive.income_hazard_ratio.benefit=1");
        overrides.add("aftercare.recidive.income_hazard_ratio.none=1");
        Scenario neutral = ModelRuns.basis(overrides.toArray(String[]::new));
        double baseline = neutral.aftercare().recidive().baseline2y();
        for (double value : ModelRuns.values(ModelRuns.run(neutral, SEED, 2, 0.1), "all", "recidive_2y_indicatief")) {
            assertEquals(baseline, value, 1e-12);
        }
    }

    /** Overrides that multiply the ends of every stay bin of the basis, sentenced and HvB, by {@code factor}. */
    private static String[] stayBinsTimes(double factor) {
        List<String> overrides = new ArrayList<>();
        for (String list : List.of("stay_days", "hvb_stay_days")) {
            int bins = list.equals("stay_days") ? BASIS.population().stayDays().size()
                    : BASIS.population().hvbStayDays().size();
            for (int i = 0; i < bins; i++) {
                overrides.add("population." + list + "[" + i + "].from=x" + factor);
                overrides.add("population." + list + "[" + i + "].to=x" + factor);
            }
        }
        return overrides.toArray(String[]::new);
    }

    // More HvB entrants convicted to a remaining sentence (0.7 against 0.5): under the same draws the
    // convicted of the basis are convicted still, and more besides, so more are transferred.

    @Test
    void moreConvictionsGiveMoreTransfers() {
        Scenario more = ModelRuns.basis("population.hvb_conviction_share=0.7");
        assertPairedIncrease(BASIS, more, r -> ModelRuns.values(r, "all", "transfer_share"));
    }

    // The D&R-plan travels longer to the new casemanager (mean 42 days against 14): the case resumes
    // later at the new PI, so more MDO's of the transferred pass unheld. (Days lost to informatiedeling
    // over all missed needs did not move beyond the noise of 4 pairs, so that is not asserted.)

    @Test
    void aSlowerPlanAfterTransferLowersMdosOnSchedule() {
        Scenario slower = ModelRuns.basis("cooperation.transfer_plan_delay_days_mean=42");
        assertPairedIncrease(slower, BASIS, r -> ModelRuns.values(r, "overgeplaatst", "mdo_on_schedule_share"));
    }

    @Test
    void fewerPlacesInOneRegionPlaceFewerPeopleInTheirHomeRegion() {
        assertPairedIncrease(ZUID_HOLLAND_FEWER_PLACES, BASIS, PLACEMENT_REPLICATIONS,
                r -> ModelRuns.values(r, "all", "in_region_share"));
    }

    @Test
    void fewerPlacesInOneRegionGiveMoreRegionalPlacementMisses() {
        assertPairedIncrease(BASIS, ZUID_HOLLAND_FEWER_PLACES, PLACEMENT_REPLICATIONS,
                r -> ModelRuns.sumOf(r, "missed_per_year.", ".regionale_plaatsing"));
    }

    @Test
    void fewerPlacesInOneRegionGiveMoreRegionalPlacementDaysLost() {
        assertPairedIncrease(BASIS, ZUID_HOLLAND_FEWER_PLACES, PLACEMENT_REPLICATIONS,
                r -> ModelRuns.sumOf(r, "days_lost_per_year.", ".regionale_plaatsing"));
    }

    /** Asserts that the metric is higher under {@code higher} than under {@code lower}, paired per replication. */
    private static void assertPairedIncrease(Scenario lower, Scenario higher,
                                             Function<List<ReplicationResult>, double[]> metric) {
        assertPairedIncrease(lower, higher, REPLICATIONS, metric);
    }

    private static void assertPairedIncrease(Scenario lower, Scenario higher, int replications,
                                             Function<List<ReplicationResult>, double[]> metric) {
        assertPairedIncrease(metric.apply(runs(lower, replications)), metric.apply(runs(higher, replications)));
    }

    private static synchronized List<ReplicationResult> runs(Scenario scenario, int replications) {
        return RUNS.computeIfAbsent(List.of(scenario, replications),
                key -> ModelRuns.run(scenario, SEED, replications, YEARS));
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
