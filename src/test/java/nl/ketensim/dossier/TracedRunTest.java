package nl.ketensim.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import nl.ketensim.domain.Basisvoorwaarde;
import nl.ketensim.model.CaseEvent;
import nl.ketensim.model.ReintegrationModel;
import nl.ketensim.output.SummaryCsv;
import nl.ketensim.results.ReplicationResult;
import nl.ketensim.scenario.Scenario;
import nl.ketensim.scenario.ScenarioLoader;
import nl.ketensim.stats.ExperimentSummary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Tracing every case of a replication of the basis (smaller inflow, short run) through the
 * model's hooks: the results are those of the untraced run, and every need's event log is
 * complete and partitions its time.
 */
class TracedRunTest {

    private static final long SEED = 4242;
    private static final double YEARS = 0.5;
    private static Scenario scenario;
    private static DossierRun.Outcome traced;

    @BeforeAll
    static void run() throws Exception {
        scenario = ScenarioLoader.load(Path.of("scenarios/basis.yaml"),
                List.of("population.inflow_per_year=6000", "simulation.warmup_days=60"));
        traced = DossierRun.run(scenario, SEED, YEARS, p -> true);
    }

    @Test
    void tracedRunGivesTheSameSummaryCsvAsAnUntracedOne() throws Exception {
        ReplicationResult untraced = new ReintegrationModel(scenario, SEED).run(0, YEARS);
        assertEquals(summaryCsv(untraced), summaryCsv(traced.result()));
        assertEquals(untraced.eventsProcessed(), traced.result().eventsProcessed(), "same number of SSJ events");
        assertTrue(traced.dossiers().size() > 1000, "every admission after time 0 was traced");
    }

    private static String summaryCsv(ReplicationResult r) throws Exception {
        StringBuilder out = new StringBuilder();
        SummaryCsv.write(ExperimentSummary.of(List.of(r)), out);
        return out.toString();
    }

    @Test
    void personsAreNumberedInOrderOfAdmission() {
        List<Dossier> all = traced.dossiers();
        for (int i = 0; i < all.size(); i++) {
            assertEquals(i + 1, all.get(i).person().number());
            if (i > 0) {
                assertTrue(all.get(i).person().admissionDay() >= all.get(i - 1).person().admissionDay());
            }
        }
    }

    /** Every need of a released person ends arranged or missed with a knelpunt; its stretches add up. */
    @Test
    void everyNeedEndsArrangedOrInAKnelpuntAndItsDaysLostAddUp() {
        int released = 0;
        int missed = 0;
        for (Dossier d : traced.dossiers()) {
            if (!d.released()) {
                continue;
            }
            released++;
            assertEquals(1, d.count(CaseEvent.ADMITTED));
            assertEquals(1, d.count(CaseEvent.RELEASED));
            for (Basisvoorwaarde b : d.person().needs()) {
                List<TraceEvent> log = d.eventsOf(b);
                long outcomes = log.stream().filter(e -> e.event() == CaseEvent.ARRANGED
                        || e.event() == CaseEvent.MISSED).count();
                assertEquals(1, outcomes, "one outcome for " + b + " of person " + d.person().number());
                TraceEvent outcome = d.outcome(b);
                double stages = log.stream().filter(e -> e.event() == CaseEvent.STAGE).mapToDouble(TraceEvent::value)
                        .sum();
                assertEquals(outcome.value(), stages, 1e-6, "stretches of " + b + " add up to the days since the need existed");
                if (outcome.event() == CaseEvent.MISSED) {
                    missed++;
                    assertNotNull(outcome.knelpunt(), "a missed need has its knelpunt");
                    assertTrue(stages <= d.person().stayDays() + 1e-6, "a missed need lost at most its whole stay");
                    // one follow-up status 13 weeks after release; none for releases in the run's last 13 weeks
                    assertTrue(log.stream().filter(e -> e.event() == CaseEvent.FOLLOW_UP).count() <= 1);
                }
                for (TraceEvent e : log) {
                    if (e.event() == CaseEvent.STAGE) {
                        assertTrue(e.value() > 0 && e.knelpunt() != null);
                    }
                }
            }
            for (TraceEvent e : d.events()) {
                assertFalse(e.need() != null && !d.person().needs().contains(e.need()), "only the person's needs");
            }
        }
        assertTrue(released > 500 && missed > 100, released + " released, " + missed + " needs missed");
    }
}
