package nl.ketensim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.ketensim.scenario.Detentiefasering;
import org.junit.jupiter.api.Test;

/**
 * Exact checks of the verlof window: a stay of 200 days from day 0 has verloven on days 100, 128,
 * 156 and 184 (half the stay served, every 28 days, before release on day 200).
 */
class VerlofWindowTest {

    private static final double NEVER = Double.POSITIVE_INFINITY;

    private static Detentiefasering rules(boolean wsb, double minStay, double lastPhase) {
        return new Detentiefasering(wsb, new Detentiefasering.Verlof(minStay, 0.5, lastPhase, 28, 0.5),
                new Detentiefasering.Vi(365, 8, 91, 28));
    }

    private static VerlofWindow window(boolean wsb, double stay, boolean sudden) {
        OnePersonRun run = OnePersonRun.of();
        OnePersonRun.PersonBuilder person = run.person().stay(stay);
        if (sudden) {
            person.sudden();
        }
        return new VerlofWindow(person.build(), rules(wsb, 91, 365));
    }

    @Test
    void withoutTheWsbVerlofFollowsTimeServed() {
        VerlofWindow w = window(false, 200, false);
        assertEquals(100, w.nextOccasion(0), 1e-12);
        assertEquals(128, w.nextOccasion(101), 1e-12);
        assertEquals(184, w.nextOccasion(184), 1e-12);
        assertEquals(NEVER, w.nextOccasion(185));
        assertEquals(4, w.taken());
        assertFalse(w.planMade(10), "the plan changes nothing");
    }

    @Test
    void withTheWsbVerlofWaitsForThePlan() {
        VerlofWindow w = window(true, 200, false);
        assertEquals(NEVER, w.nextOccasion(0), "no plan, no verlof");
        assertEquals(0, w.taken());
        assertTrue(w.planMade(110));
        assertEquals(128, w.firstTaken(), 1e-12);
        assertEquals(3, w.taken());
        assertEquals(128, w.nextOccasion(0), 1e-12);
    }

    @Test
    void aPlanAfterTheLastVerlofGrantsNone() {
        VerlofWindow w = window(true, 200, false);
        assertFalse(w.planMade(190));
        assertEquals(0, w.taken());
    }

    @Test
    void shortStaysAndSuddenReleasesHaveNoVerlof() {
        assertEquals(0, window(false, 90, false).taken());
        assertEquals(0, window(false, 200, true).taken());
    }

    @Test
    void verlofFallsInTheLastPhaseOfALongStay() {
        OnePersonRun run = OnePersonRun.of();
        VerlofWindow w = new VerlofWindow(run.person().stay(1000).build(), rules(false, 91, 365));
        assertEquals(635, w.firstTaken(), 1e-12); // 1000 - 365, later than half the stay (500)
    }

    @Test
    void withoutTheWsbVerlofServesATaskWithTheUseProbability() {
        VerlofWindow w = window(false, 200, false);
        OnePersonRun.DrawsBuilder draws = new OnePersonRun.DrawsBuilder(1);
        assertEquals(100, w.homeVisit(draws.verlofUseDraw(0.4).build(), 10), 1e-12);
        assertEquals(NEVER, w.homeVisit(draws.verlofUseDraw(0.5).build(), 10));
        VerlofWindow wsb = window(true, 200, false);
        wsb.planMade(10);
        assertEquals(100, wsb.homeVisit(draws.verlofUseDraw(0.9).build(), 10), 1e-12, "the WSB: always");
    }
}
