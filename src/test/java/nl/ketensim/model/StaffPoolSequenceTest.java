package nl.ketensim.model;

import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.ketensim.scenario.Staffing.QueueDiscipline;
import org.junit.jupiter.api.Test;

/** Among items of equal deadline the earlier submitted goes first, also when the int sequence wraps. */
class StaffPoolSequenceTest {

    @Test
    void theEarlierSubmittedOfEqualDeadlinesGoesFirstAcrossTheWrapOfTheSequence() {
        // A pool's sequence is an int: after 2^31 - 1 items it goes on at -2^31. A long run of a
        // large scenario can get there (up to 1,000 years of up to 100 million events a year).
        CountingSimulator sim = new CountingSimulator();
        StaffPool pool = new StaffPool(sim, "test", 1, 1.0, QueueDiscipline.EDF);
        WorkItem last = item(sim, pool, Integer.MAX_VALUE);
        WorkItem wrapped = item(sim, pool, Integer.MIN_VALUE);
        WorkItem next = item(sim, pool, Integer.MIN_VALUE + 1);
        assertTrue(StaffPool.EARLIEST_DEADLINE.compare(last, wrapped) < 0, "before the wrap first");
        assertTrue(StaffPool.EARLIEST_DEADLINE.compare(wrapped, last) > 0, "after the wrap later");
        assertTrue(StaffPool.EARLIEST_DEADLINE.compare(wrapped, next) < 0, "in order after the wrap");
        assertTrue(StaffPool.EARLIEST_DEADLINE.compare(item(sim, pool, 3), item(sim, pool, 7)) < 0, "plain order");
    }

    private static WorkItem item(CountingSimulator sim, StaffPool pool, int sequence) {
        WorkItem item = new WorkItem(sim, 1, 5.0) {
            @Override
            protected boolean obsolete() {
                return false;
            }

            @Override
            protected void completed() {
            }
        };
        item.enqueue(pool, sequence, 0);
        return item;
    }
}
