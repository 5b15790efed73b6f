package nl.ketensim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import nl.ketensim.scenario.Staffing.QueueDiscipline;
import nl.ketensim.scenario.Staffing.TimePressure;
import org.junit.jupiter.api.Test;
import umontreal.ssj.simevents.Event;

/** The relief switch: an unlimited pool starts every item at once, at the pace of one server. */
class StaffPoolUnlimitedTest {

    @Test
    void everyItemStartsAtOnceAndTakesItsOwnHours() {
        List<Double> limited = completionTimes(false);
        List<Double> unlimited = completionTimes(true);
        // one server, 2 h/day: five items of 4 h queue behind each other (2, 4, ... 10 days)
        assertEquals(List.of(2.0, 4.0, 6.0, 8.0, 10.0), limited);
        assertEquals(List.of(2.0, 2.0, 2.0, 2.0, 2.0), unlimited);
    }

    @Test
    void anUnlimitedPoolHasNoWaits() {
        CountingSimulator sim = new CountingSimulator();
        StaffPool pool = pool(sim, true);
        submitFive(sim, pool, new ArrayList<>());
        sim.start();
        PoolReading end = pool.reading();
        assertEquals(5, end.waits());
        assertEquals(0.0, end.waitDaysSum());
        assertEquals(0.0, pool.backlogHours());
    }

    /** One server at 2 hours per day, without time pressure. */
    private static StaffPool pool(CountingSimulator sim, boolean unlimited) {
        return new StaffPool(sim, "test", 1, 2.0, QueueDiscipline.FIFO, new TimePressure(false, 1, 1), unlimited);
    }

    private static List<Double> completionTimes(boolean unlimited) {
        CountingSimulator sim = new CountingSimulator();
        StaffPool pool = pool(sim, unlimited);
        List<Double> done = new ArrayList<>();
        submitFive(sim, pool, done);
        sim.start();
        return done;
    }

    private static void submitFive(CountingSimulator sim, StaffPool pool, List<Double> done) {
        new Event(sim) {
            @Override
            public void actions() {
                for (int i = 0; i < 5; i++) {
                    pool.submit(new WorkItem(sim, 4.0, 0) {
                        @Override
                        protected boolean obsolete() {
                            return false;
                        }

                        @Override
                        protected void completed() {
                            done.add(sim.time());
                        }
                    });
                }
            }
        }.schedule(0);
    }
}
