package nl.ketensim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import nl.ketensim.model.ReintegrationModel;
import org.junit.jupiter.api.Test;

/** The work estimate matches the model's events, and scenarios past its limits are refused. */
class WorkEstimateTest {

    private static final Path BASIS = Path.of("scenarios/basis.yaml");

    @Test
    void estimateIsWithinAFactorOfTwoOfTheEventsTheModelExecutes() throws Exception {
        for (List<String> overrides : List.of(List.of("simulation.warmup_days=0"),
                List.of("simulation.warmup_days=0", "process.mdo_interval_days=7", "population.inflow_per_year=3000"))) {
            Scenario scenario = ScenarioLoader.load(BASIS, overrides);
            double years = 0.5;
            long events = new ReintegrationModel(scenario, 1).run(0, years).eventsProcessed();
            // the run goes on for the follow-up after the measured years (issue 10)
            double simulatedYears = years + scenario.aftercare().followUpDays() / 365.0;
            double estimated = WorkEstimate.of(scenario).eventsPerReplicationYear() * simulatedYears;
            assertTrue(estimated > events / 2.0 && estimated < events * 2.0,
                    overrides + ": estimated " + estimated + ", executed " + events);
        }
    }

    @Test
    void basisIsFarWithinTheLimits() throws Exception {
        WorkEstimate basis = WorkEstimate.of(ScenarioLoader.load(BASIS));
        assertTrue(basis.overLimit().isEmpty());
        assertEquals(30_000 * 110 / 365.0, basis.detainedPopulation(), 1_000, "about 9,100 detained");
        assertTrue(basis.eventsPerReplicationYear() < WorkEstimate.MAX_EVENTS_PER_REPLICATION_YEAR / 100);
    }

    @Test
    void threeZerosTooManyAreRefusedWithFileAndField() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(BASIS,
                List.of("process.mdo_interval_days=0.042")));
        assertEquals(1, e.problems().size(), e.problems().toString());
        assertTrue(e.problems().get(0).startsWith("scenarios/basis.yaml:17:20: population.inflow_per_year: too much "
                + "work for one replication-year: about "), e.problems().get(0));
    }

    @Test
    void aHugeDetainedPopulationIsRefusedForMemory() {
        List<String> longStays = List.of("population.inflow_per_year=100000", "process.mdo_interval_days=3650",
                "population.stay_days[6].to=36500");
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(BASIS, longStays));
        assertTrue(e.problems().get(0).contains("people detained at once"), e.problems().get(0));
    }

    @Test
    void runTimeScalesWithReplicationsYearsAndThreads() throws Exception {
        WorkEstimate basis = WorkEstimate.of(ScenarioLoader.load(BASIS));
        double one = basis.seconds(1, 365, 1);
        assertEquals(basis.eventsPerReplicationYear() / WorkEstimate.EVENTS_PER_SECOND, one, 1e-9);
        assertEquals(10 * one, basis.seconds(20, 365, 2), 1e-9);
    }
}
