package nl.ketensim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import nl.ketensim.experiment.ExperimentResult;
import nl.ketensim.experiment.ProgressListener;
import nl.ketensim.experiment.ReplicationRunner;
import nl.ketensim.output.SummaryCsv;
import nl.ketensim.results.ReplicationResult;
import nl.ketensim.scenario.Scenario;
import nl.ketensim.stats.ExperimentSummary;
import org.junit.jupiter.api.Test;

/** Same scenario and seed give identical results, whatever the thread count or order of replications. */
class ReproducibilityTest {

    private static final double YEARS = 0.1;

    @Test
    void summaryIsIdenticalOnOneAndOnSeveralThreads() throws Exception {
        Scenario basis = ModelRuns.basis();
        assertEquals(summaryCsv(basis, 31, 1), summaryCsv(basis, 31, 3));
    }

    @Test
    void aReplicationDoesNotDependOnWhatRanBefore() {
        ReintegrationModel model = new ReintegrationModel(ModelRuns.basis(), 5);
        ReplicationResult alone = model.run(2, YEARS);
        model.run(0, YEARS);
        ReplicationResult afterOthers = new ReintegrationModel(ModelRuns.basis(), 5).run(2, YEARS);
        assertEquals(alone, afterOthers);
        assertEquals(alone, model.run(2, YEARS));
    }

    @Test
    void otherSeedsAndReplicationsDiffer() {
        ReplicationResult a = new ReintegrationModel(ModelRuns.basis(), 5).run(0, YEARS);
        assertNotEquals(a.metrics(), new ReintegrationModel(ModelRuns.basis(), 6).run(0, YEARS).metrics());
        assertNotEquals(a.metrics(), new ReintegrationModel(ModelRuns.basis(), 5).run(1, YEARS).metrics());
    }

    private static String summaryCsv(Scenario scenario, long seed, int threads) throws IOException {
        ReintegrationModel model = new ReintegrationModel(scenario, seed);
        ExperimentResult result = new ReplicationRunner(threads, ProgressListener.NONE)
                .run(4, r -> model.run(r, YEARS));
        StringBuilder out = new StringBuilder();
        SummaryCsv.write(ExperimentSummary.of(result.replications()), out);
        return out.toString();
    }
}
