package nl.ketensim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.ketensim.domain.Basisvoorwaarde;
import nl.ketensim.domain.Knelpunt;
import nl.ketensim.domain.Partner;
import nl.ketensim.scenario.NeedSpec;
import nl.ketensim.scenario.NeedSpec.ExternalKind;
import org.junit.jupiter.api.Test;

/** Deterministic cases of the descriptive knelpunt attribution along a task's timeline. */
class NeedTaskTest {

    private static NeedTask housingTask(double windowDays) {
        NeedSpec spec = new NeedSpec(1.0, Partner.GEMEENTE, 6, 7, true, ExternalKind.HOUSING, windowDays);
        // info delay 5, stall 10, hours 6, distance 4, lead 7, external 20
        NeedDraws draws = new NeedDraws(true, false, true, true, 5, 10, 6, 4, 7, 20, 0.5, 1);
        return new NeedTask(Basisvoorwaarde.ONDERDAK, spec, draws, Partner.GEMEENTE);
    }

    @Test
    void timelineBeforeStaffWork() {
        NeedTask task = housingTask(0);
        double ready = task.informationArrives(5); // information shared at 0 arrives at 5
        assertEquals(15, ready, 1e-12);
        assertEquals(Knelpunt.INFORMATIEDELING, task.knelpuntAt(4.9, false, false, false));
        assertEquals(Knelpunt.ONDUIDELIJKE_REGIE, task.knelpuntAt(5.1, false, false, false));
    }

    @Test
    void timelineAfterStaffWork() {
        NeedTask task = housingTask(0);
        task.informationArrives(5);
        task.staffWorkDone(20, true, 1000);
        // distance until 24, lead time until 31, external supply until 51
        assertEquals(Knelpunt.REGIONALE_PLAATSING, task.knelpuntAt(23, false, false, false));
        assertEquals(Knelpunt.KORT_VERBLIJF, task.knelpuntAt(30, false, false, false));
        assertEquals(Knelpunt.EXTERNE_VOORZIENING, task.knelpuntAt(50, false, false, false));
        assertFalse(task.arrangedBy(50.9));
        assertTrue(task.arrangedBy(51));
    }

    @Test
    void releaseWindowNeverOpensWithoutAKnownDate() {
        NeedTask task = housingTask(28);
        task.informationArrives(5);
        task.staffWorkDone(20, false, 200);
        assertEquals(Knelpunt.ONVERWACHT_ONTSLAG, task.knelpuntAt(199, true, false, false));
        assertFalse(task.arrangedBy(1e9));
    }

    @Test
    void releaseWindowOpensBeforeAKnownDate() {
        NeedTask task = housingTask(28);
        task.informationArrives(5);
        task.staffWorkDone(20, true, 200);
        // window opens at 172, lead time until 179, external until 199
        assertEquals(Knelpunt.KORT_VERBLIJF, task.knelpuntAt(100, false, false, false));
        assertTrue(task.arrangedBy(199));
    }

    @Test
    void pendingIntakeDecidesTheKnelpunt() {
        NeedTask task = housingTask(0);
        assertEquals(Knelpunt.CAPACITEIT_CASEMANAGER, task.knelpuntAt(3, false, true, true));
        assertEquals(Knelpunt.KORT_VERBLIJF, task.knelpuntAt(3, false, true, false));
    }

    @Test
    void undetectedAndDeclinedNeeds() {
        NeedTask task = housingTask(0);
        assertEquals(Knelpunt.INFORMATIEDELING, task.knelpuntAt(3, false, false, false));
        task.phase = NeedTask.Phase.DECLINED;
        assertEquals(Knelpunt.JUSTITIABELE, task.knelpuntAt(3, false, false, false));
    }
}
