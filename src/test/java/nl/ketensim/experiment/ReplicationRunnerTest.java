package nl.ketensim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import nl.ketensim.results.ReplicationResult;
import org.junit.jupiter.api.Test;

class ReplicationRunnerTest {

    /** Early replications finish last, so completion order differs from replication order. */
    private static ReplicationResult slowFirst(int r) {
        LockSupport.parkNanos((12 - r) * 200_000L);
        return FakeModel.replication(r);
    }

    @Test
    void resultsAtOneAndFourThreadsAreIdentical() {
        ExperimentResult one = new ReplicationRunner(1, ProgressListener.NONE).run(12, ReplicationRunnerTest::slowFirst);
        ExperimentResult four = new ReplicationRunner(4, ProgressListener.NONE).run(12, ReplicationRunnerTest::slowFirst);

        assertEquals(one.replications(), four.replications());
        assertEquals(1, one.threads());
        assertEquals(4, four.threads());
    }

    @Test
    void resultsAreOrderedByReplicationIndex() {
        ExperimentResult result = new ReplicationRunner(4, ProgressListener.NONE).run(12, ReplicationRunnerTest::slowFirst);

        for (int r = 0; r < 12; r++) {
            assertEquals(r, result.replications().get(r).replication());
        }
    }

    @Test
    void totalEventsSumsTheReplications() {
        ExperimentResult result = FakeModel.experiment(3);

        assertEquals(3 * 100_000L + 0 + 1 + 2, result.totalEvents());
    }

    @Test
    void progressCountsUpToTheTotalOneCallAtATime() {
        List<String> calls = new ArrayList<>();
        new ReplicationRunner(3, (done, total) -> calls.add(done + "/" + total)).run(5, FakeModel::replication);

        assertEquals(List.of("1/5", "2/5", "3/5", "4/5", "5/5"), calls);
    }

    @Test
    void neverStartsMoreThreadsThanReplications() {
        assertEquals(2, new ReplicationRunner(8, ProgressListener.NONE).run(2, FakeModel::replication).threads());
    }

    @Test
    void aFailingReplicationStopsTheExperimentNamingIt() {
        ReplicationFunction failsAtTwo = r -> {
            if (r == 2) {
                throw new UnsupportedOperationException("not built yet");
            }
            return FakeModel.replication(r);
        };

        ReplicationFailedException e = assertThrows(ReplicationFailedException.class,
                () -> new ReplicationRunner(2, ProgressListener.NONE).run(5, failsAtTwo));

        assertEquals(2, e.replication());
        assertInstanceOf(UnsupportedOperationException.class, e.getCause());
        assertEquals("replication 2 failed: UnsupportedOperationException: not built yet", e.getMessage());
    }

    @Test
    void aResultForTheWrongReplicationIsRejected() {
        ReplicationFailedException e = assertThrows(ReplicationFailedException.class,
                () -> new ReplicationRunner(1, ProgressListener.NONE).run(2, r -> FakeModel.replication(0)));

        assertTrue(e.getMessage().contains("returned the result of replication 0"), e.getMessage());
    }

    @Test
    void rejectsNonPositiveCounts() {
        assertThrows(IllegalArgumentException.class, () -> new ReplicationRunner(0, ProgressListener.NONE));
        assertThrows(IllegalArgumentException.class,
                () -> new ReplicationRunner(1, ProgressListener.NONE).run(0, FakeModel::replication));
    }
}
