package nl.ketensim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import nl.ketensim.domain.Basisvoorwaarde;
import nl.ketensim.domain.Knelpunt;
import nl.ketensim.domain.Partner;
import nl.ketensim.scenario.NeedSpec;
import nl.ketensim.scenario.NeedSpec.ExternalKind;
import org.junit.jupiter.api.Test;

/** Deterministic cases of the knelpunt attribution along a task's timeline: days lost and the knelpunt at release. */
class NeedTaskTest {

    private static NeedTask housingTask(double windowDays) {
        NeedSpec spec = new NeedSpec(1.0, Partner.GEMEENTE, 6, 7, true, ExternalKind.HOUSING, windowDays, NeedSpec.Arising.NEVER, false);
        // stall 10, hours 6, distance 4, lead 7, external 20
        NeedDraws draws = new NeedDraws(true, false, 0.5, false, false, 10, 6, 4, 7, 20, 0.5, 0.5, false, 0, 0, 0.5);
        return new NeedTask(Basisvoorwaarde.ONDERDAK, spec, draws, Partner.GEMEENTE, CaseObserver.NONE);
    }

    private static double lost(NeedTask task, Knelpunt k) {
        return task.daysLost()[k.ordinal()];
    }

    private static double total(NeedTask task) {
        return Arrays.stream(task.daysLost()).sum();
    }

    @Test
    void stallAfterOwnershipIsUnclearRegie() {
        NeedTask task = housingTask(0);
        task.waitFor(Knelpunt.INFORMATIEDELING, 0);
        assertEquals(15, task.owned(5, true), 1e-12); // owned at 5, stall 10 as regie is unclear
        assertEquals(Knelpunt.ONDUIDELIJKE_REGIE, task.closeStretch(12));
        assertEquals(5, lost(task, Knelpunt.INFORMATIEDELING), 1e-12);
        assertEquals(7, lost(task, Knelpunt.ONDUIDELIJKE_REGIE), 1e-12);
    }

    @Test
    void timelineAfterStaffWork() {
        NeedTask task = housingTask(0);
        task.waitFor(Knelpunt.INFORMATIEDELING, 0);
        task.staffWorkDone(20, true, 1000);
        // distance until 24, lead time until 31, external supply until 51
        assertFalse(task.arrangedBy(50.9));
        assertTrue(task.arrangedBy(51));
        assertEquals(Knelpunt.EXTERNE_VOORZIENING, task.closeStretch(50));
        assertEquals(20, lost(task, Knelpunt.INFORMATIEDELING), 1e-12);
        assertEquals(4, lost(task, Knelpunt.REGIONALE_PLAATSING), 1e-12);
        assertEquals(7, lost(task, Knelpunt.KORT_VERBLIJF), 1e-12);
        assertEquals(19, lost(task, Knelpunt.EXTERNE_VOORZIENING), 1e-12);
        assertEquals(50, total(task), 1e-12);
    }

    @Test
    void knelpuntAtReleaseFollowsTheFinishingStretches() {
        NeedTask distance = housingTask(0);
        distance.staffWorkDone(20, true, 1000);
        assertEquals(Knelpunt.REGIONALE_PLAATSING, distance.closeStretch(23));
        NeedTask lead = housingTask(0);
        lead.staffWorkDone(20, true, 1000);
        assertEquals(Knelpunt.KORT_VERBLIJF, lead.closeStretch(30));
    }

    @Test
    void releaseWindowNeverOpensWithoutAKnownDate() {
        NeedTask task = housingTask(28);
        task.staffWorkDone(20, false, 200);
        assertFalse(task.arrangedBy(1e9));
        assertEquals(Knelpunt.ONVERWACHT_ONTSLAG, task.closeStretch(199));
        assertEquals(175, lost(task, Knelpunt.ONVERWACHT_ONTSLAG), 1e-12);
    }

    @Test
    void releaseWindowOpensBeforeAKnownDate() {
        NeedTask task = housingTask(28);
        task.staffWorkDone(20, true, 200);
        // window opens at 172, lead time until 179, external until 199
        assertTrue(task.arrangedBy(199));
        assertEquals(Knelpunt.KORT_VERBLIJF, task.closeStretch(100));
    }

    @Test
    void queuedWorkIsCapacityAndWorkInServiceIsKortVerblijf() {
        var sim = new CountingSimulator();
        sim.init();
        StaffPool pool = new StaffPool(sim, "test", 1, 1.0, nl.ketensim.scenario.Staffing.QueueDiscipline.FIFO);
        NeedTask task = housingTask(0);
        WorkItem first = new TestWork(sim, 3);
        WorkItem second = new TestWork(sim, 2);
        pool.submit(first);
        pool.submit(second);
        task.waitOn(second, Partner.GEMEENTE, 0);
        assertEquals(Knelpunt.CAPACITEIT_GEMEENTE, task.closeStretch(0));
        task.waitOn(second, Partner.GEMEENTE, 0);
        new umontreal.ssj.simevents.Event(sim) {
            @Override
            public void actions() {
                sim.stop();
            }
        }.schedule(4);
        sim.start();
        // second waited 0..3 and is in service 3..5
        assertEquals(Knelpunt.KORT_VERBLIJF, task.closeStretch(4));
        assertEquals(3, lost(task, Knelpunt.CAPACITEIT_GEMEENTE), 1e-12);
        assertEquals(1, lost(task, Knelpunt.KORT_VERBLIJF), 1e-12);
    }

    @Test
    void declinedNeedsAreTheJustitiabelesChoice() {
        NeedTask task = housingTask(0);
        task.waitFor(Knelpunt.INFORMATIEDELING, 0);
        task.waitFor(Knelpunt.JUSTITIABELE, 3);
        assertEquals(Knelpunt.JUSTITIABELE, task.closeStretch(10));
        assertEquals(3, lost(task, Knelpunt.INFORMATIEDELING), 1e-12);
        assertEquals(7, lost(task, Knelpunt.JUSTITIABELE), 1e-12);
    }

    private static final class TestWork extends WorkItem {
        TestWork(CountingSimulator sim, double hours) {
            super(sim, hours, 0);
        }

        @Override
        protected boolean obsolete() {
            return false;
        }

        @Override
        protected void completed() {
        }
    }
}
