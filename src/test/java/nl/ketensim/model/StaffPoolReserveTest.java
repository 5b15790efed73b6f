package nl.ketensim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import nl.ketensim.scenario.Staffing.QueueDiscipline;
import nl.ketensim.scenario.Staffing.TimePressure;
import org.junit.jupiter.api.Test;
import umontreal.ssj.simevents.Event;

/**
 * Reserved work (a meeting the casemanager keeps): started by the next server to come free, ahead
 * of the queue whatever its discipline, and costing its hours like other work.
 */
class StaffPoolReserveTest {

    @Test
    void reservedWorkGoesAheadOfTheQueue() {
        for (QueueDiscipline discipline : QueueDiscipline.values()) {
            // one server at 2 h/day: A (4 h) runs 0..2; B and C (4 h each, B with the earlier
            // deadline) queue at day 0; R (2 h) is reserved at day 1: R runs 2..3, then B 3..5, C 5..7.
            CountingSimulator sim = new CountingSimulator();
            StaffPool pool = new StaffPool(sim, "test", 1, 2.0, discipline, new TimePressure(false, 1, 1), false);
            List<String> done = new ArrayList<>();
            at(sim, 0, () -> {
                pool.submit(item(sim, "A", 4, 0, done));
                pool.submit(item(sim, "B", 4, 1, done));
                pool.submit(item(sim, "C", 4, 2, done));
            });
            at(sim, 1, () -> {
                pool.reserve(item(sim, "R", 2, 9, done));
                assertEquals(10.0, pool.backlogHours(), 1e-12, "B, C and R wait");
            });
            sim.start();
            assertEquals(List.of("A@2", "R@3", "B@5", "C@7"), done, discipline.toString());
            assertEquals(0.0, pool.backlogHours());
        }
    }

    @Test
    void reservedWorkStartsAtOnceWhenAServerIsFree() {
        CountingSimulator sim = new CountingSimulator();
        StaffPool pool = new StaffPool(sim, "test", 1, 2.0, QueueDiscipline.FIFO);
        List<String> done = new ArrayList<>();
        at(sim, 1, () -> pool.reserve(item(sim, "R", 2, 1, done)));
        sim.start();
        assertEquals(List.of("R@2"), done);
    }

    private static void at(CountingSimulator sim, double day, Runnable action) {
        new Event(sim) {
            @Override
            public void actions() {
                action.run();
            }
        }.schedule(day);
    }

    private static WorkItem item(CountingSimulator sim, String name, double hours, double deadline, List<String> done) {
        return new WorkItem(sim, hours, deadline, false) {
            @Override
            protected boolean obsolete() {
                return false;
            }

            @Override
            protected void completed() {
                done.add(name + "@" + Math.round(sim.time()));
            }
        };
    }
}
