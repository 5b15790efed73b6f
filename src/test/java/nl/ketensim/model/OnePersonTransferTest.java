package nl.ketensim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.ketensim.domain.Basisvoorwaarde;
import nl.ketensim.domain.Partner;
import org.junit.jupiter.api.Test;

/**
 * Exact tests of a conviction and transfer in the deterministic world of {@link OnePersonRun}: PI 0
 * (home region) meets on days 0, 7, 14, ..., PI 1 (region "Elders") on days 1, 8, 15, ...;
 * invitations go out 5 days ahead; one casemanager per PI at 1 hour per day.
 *
 * <p>The person (no needs, stay 100 days) is admitted in PI 0 on day 0: intake days 0..2, plan at
 * the meeting of day 7, the MDO due on day 70 and the alignment due on day 86 booked at PI 0 (days
 * 70 and 91). Convicted on day 20, the person is placed by a national regime (draw 0) among the
 * PI's with room, weighted by free places: 100 in PI 0 (just left), 100 in PI 1; the draw 0.75
 * takes PI 1. The meetings booked at PI 0 are void.
 */
class OnePersonTransferTest {

    private static final double TRANSFER_DAY = 20;

    private static OnePersonRun transferred(double planDelayDays, OnePersonRun run) {
        ReleaseRecord r = run.release(run.person().stay(100).transfer(TRANSFER_DAY, planDelayDays, 0.0, 0.75));
        assertTrue(r.hvb());
        assertTrue(r.transferred());
        assertEquals(1, run.admitted().prison(), "transferred to PI 1");
        return run;
    }

    @Test
    void newCasemanagerTakesOverWhenThePlanHasArrived() {
        // Orientation: the new casemanager's 2 intake hours, days 20..22. The plan arrives on day 26;
        // then the next MDO (due 70) is booked for the first meeting of PI 1 on or after 26 + 5: day
        // 36; the alignment (due 86) for day 92. Nothing is held at PI 0 after the transfer.
        OnePersonRun run = transferred(6, OnePersonRun.of().traced());
        assertEquals(List.of(20.0), run.days(CaseEvent.TRANSFERRED, null));
        assertEquals(List.of(20.0), run.days(CaseEvent.ORIENTATION_QUEUED, null));
        assertEquals(List.of(22.0), run.days(CaseEvent.ORIENTATION_DONE, null));
        assertEquals(List.of(26.0), run.days(CaseEvent.PLAN_ARRIVED, null));
        assertEquals(List.of(7.0), run.days(CaseEvent.MEETING_HELD, Activity.PLAN));
        assertEquals(List.of(36.0), run.days(CaseEvent.MEETING_HELD, Activity.MDO));
        assertEquals(List.of(92.0), run.days(CaseEvent.MEETING_HELD, Activity.ALIGNMENT));
        assertTrue(run.steps().stream().anyMatch(s -> s.event() == CaseEvent.TRANSFERRED && s.value() == 0),
                "PI 1 lies outside the home region");
    }

    @Test
    void orientationWaitsForTheNewCasemanager() {
        // PI 1's casemanager is busy days 0..25: the orientation is done 25..27, after the plan's
        // arrival on day 26; the case resumes on day 27 and the MDO is held on day 36 (27 + 5 = 32).
        OnePersonRun run = OnePersonRun.of().traced();
        run.occupy(Partner.CASEMANAGER, 1, 1, 0, 25);
        transferred(6, run);
        assertEquals(List.of(27.0), run.days(CaseEvent.ORIENTATION_DONE, null));
        assertEquals(List.of(26.0), run.days(CaseEvent.PLAN_ARRIVED, null));
        assertEquals(List.of(36.0), run.days(CaseEvent.MEETING_HELD, Activity.MDO));
    }

    @Test
    void aLostPlanIsMadeAgainAtTheNewPi() {
        // The plan never arrives: after the orientation (day 22) the plan meeting and the next MDO are
        // booked for the first meeting of PI 1 on or after 27: day 29. The first plan (day 7) still
        // counts for the plan norm.
        OnePersonRun run = transferred(Double.NaN, OnePersonRun.of().traced());
        assertEquals(List.of(22.0), run.days(CaseEvent.PLAN_LOST, null));
        assertTrue(run.days(CaseEvent.PLAN_ARRIVED, null).isEmpty());
        assertEquals(List.of(7.0, 29.0), run.days(CaseEvent.MEETING_HELD, Activity.PLAN));
        assertEquals(List.of(29.0), run.days(CaseEvent.MEETING_HELD, Activity.MDO));
        assertEquals(7, run.admitted().record().planDays(), 1e-9);
    }

    @Test
    void aPersonWithoutConvictionStaysWherePlaced() {
        OnePersonRun run = OnePersonRun.of().traced();
        ReleaseRecord r = run.release(run.person().stay(100));
        assertFalse(r.transferred());
        assertTrue(run.days(CaseEvent.TRANSFERRED, null).isEmpty());
        assertEquals(List.of(70.0), run.days(CaseEvent.MEETING_HELD, Activity.MDO));
    }

    @Test
    void theFormerCasemanagersQueuedIntakeWaitsForTheNewOne() {
        // PI 0's casemanager is busy days 0..30, so the person's intake (2 h) is still queued at the
        // transfer on day 20: it is withdrawn and waits, as informatiedeling, for the new casemanager.
        // Orientation at PI 1 20..22, plan arrival 26: the intake goes to PI 1's casemanager, 26..28.
        // The intake then books the plan for the first meeting of PI 1 on or after 33: day 36, where
        // the MDO booked on resuming (26 + 5 -> 36) is held too. Onderdak waits on the casemanager's
        // queue 0..20 (closed at the gemeente's part, day 1, and at the transfer), on the travelling
        // information 20..26, and on the intake in service 26..28. The gemeente (home region 0, PI 1
        // elsewhere) works on onderdak 30..36 and misses both meetings of day 36.
        OnePersonRun run = OnePersonRun.of().traced();
        run.occupy(Partner.CASEMANAGER, 0, 0, 0, 30);
        ReleaseRecord r = run.release(run.person().stay(100).transfer(TRANSFER_DAY, 6, 0.0, 0.75)
                .need(Basisvoorwaarde.ONDERDAK));
        assertEquals(28, r.intakeDays(), 1e-9);
        assertEquals(List.of(26.0), run.days(CaseEvent.PLAN_ARRIVED, null));
        assertEquals(List.of(36.0), run.days(CaseEvent.MEETING_HELD, Activity.PLAN));
        assertEquals(List.of(36.0), run.days(CaseEvent.MEETING_HELD, Activity.MDO));
        assertEquals(List.of("0 STAGE CASEMANAGER ONDERDAK CAPACITEIT_CASEMANAGER 1",
                "1 STAGE CASEMANAGER ONDERDAK CAPACITEIT_CASEMANAGER 19",
                "20 STAGE GEMEENTE ONDERDAK INFORMATIEDELING 6",
                "26 STAGE CASEMANAGER ONDERDAK KORT_VERBLIJF 2"), run.trace(CaseEvent.STAGE).subList(0, 4));
        assertFalse(r.gemeenteAtPlan());
    }
}
