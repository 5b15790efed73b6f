package nl.ketensim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import nl.ketensim.scenario.Staffing.QueueDiscipline;
import nl.ketensim.scenario.Staffing.TimePressure;
import org.junit.jupiter.api.Test;

/** Exact cases of time per item falling with the backlog, withdrawal, and the unlimited switch. */
class StaffPoolTimePressureTest {

    private static final TimePressure PRESSURE = new TimePressure(true, 10, 0.4);

    @Test
    void shareFollowsTheDocumentedForm() {
        assertEquals(1.0, PRESSURE.share(0), 0);
        assertEquals(0.5, PRESSURE.share(10), 1e-12);
        assertEquals(1.0 / 1.2, PRESSURE.share(2), 1e-12);
        assertEquals(0.4, PRESSURE.share(100), 1e-12);
        assertEquals(1.0, new TimePressure(false, 10, 0.4).share(100), 0);
    }

    @Test
    void itemsTakenUpUnderABacklogGetFewerHours() {
        // One server of 1 h/day; three items of 10 h at day 0. The first starts at once (share 1,
        // done day 10); the second starts with 10 h waiting behind it (backlog 10 days: share 0.5,
        // 5 h, done day 15); the third with nothing waiting (share 1, done day 25).
        CountingSimulator sim = new CountingSimulator();
        StaffPool pool = new StaffPool(sim, "test", 1, 1.0, QueueDiscipline.FIFO, PRESSURE, false);
        List<Double> done = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            pool.submit(item(sim, 10, true, done));
        }
        assertEquals(20, pool.backlogHours(), 1e-12);
        sim.start();
        assertEquals(List.of(10.0, 15.0, 25.0), done);
    }

    @Test
    void meetingAttendanceIsNotShortened() {
        CountingSimulator sim = new CountingSimulator();
        StaffPool pool = new StaffPool(sim, "test", 1, 1.0, QueueDiscipline.FIFO, PRESSURE, false);
        List<Double> done = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            pool.submit(item(sim, 10, false, done));
        }
        sim.start();
        assertEquals(List.of(10.0, 20.0, 30.0), done);
    }

    @Test
    void withdrawnItemsCostNothingAndLeaveTheBacklog() {
        CountingSimulator sim = new CountingSimulator();
        StaffPool pool = new StaffPool(sim, "test", 1, 1.0, QueueDiscipline.FIFO, PRESSURE, false);
        List<Double> done = new ArrayList<>();
        pool.submit(item(sim, 10, true, done));
        WorkItem withdrawn = item(sim, 10, true, done);
        pool.submit(withdrawn);
        pool.submit(item(sim, 4, true, done));
        withdrawn.withdraw();
        assertEquals(WorkItem.State.WITHDRAWN, withdrawn.state());
        assertEquals(4, pool.backlogHours(), 1e-12);
        sim.start();
        assertEquals(List.of(10.0, 14.0), done);
    }

    @Test
    void anUnlimitedPoolServesEveryItemAtOnceAtFullHours() {
        CountingSimulator sim = new CountingSimulator();
        StaffPool pool = new StaffPool(sim, "test", 1, 1.0, QueueDiscipline.FIFO, PRESSURE, true);
        List<Double> done = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            pool.submit(item(sim, 10, true, done));
        }
        assertEquals(0, pool.backlogHours(), 0);
        sim.start();
        assertEquals(List.of(10.0, 10.0, 10.0), done);
    }

    @Test
    void theDoneTimeIsTheCompletionTimeToTheBit() {
        // The done time is derived (start + the service days), not stored: it must equal the
        // simulation time of completion exactly, also for a shortened item and hours per day that
        // are no power of 2; NaN while waiting and for a withdrawn item.
        CountingSimulator sim = new CountingSimulator();
        StaffPool pool = new StaffPool(sim, "test", 2, 0.7, QueueDiscipline.FIFO, PRESSURE, false);
        List<Double> done = new ArrayList<>();
        List<WorkItem> items = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            WorkItem item = item(sim, 3.3 + i / 3.0, true, done);
            items.add(item);
            pool.submit(item);
        }
        WorkItem withdrawn = items.get(6);
        assertTrue(Double.isNaN(withdrawn.doneTime()), "waiting");
        withdrawn.withdraw();
        sim.start();
        assertTrue(Double.isNaN(withdrawn.doneTime()), "withdrawn");
        assertTrue(items.stream().anyMatch(i -> i.timeShare() < 1), "some items were shortened");
        List<Double> doneTimes = new ArrayList<>();
        for (WorkItem item : items.subList(0, 6)) {
            doneTimes.add(item.doneTime());
        }
        doneTimes.sort(null);
        assertEquals(done, doneTimes);
    }

    private static WorkItem item(CountingSimulator sim, double hours, boolean compressible, List<Double> done) {
        return new WorkItem(sim, hours, 0, compressible) {
            @Override
            protected boolean obsolete() {
                return false;
            }

            @Override
            protected void completed() {
                done.add(simulator().time());
            }
        };
    }
}
