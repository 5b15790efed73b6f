package nl.ketensim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.ketensim.domain.Basisvoorwaarde;
import nl.ketensim.domain.Knelpunt;
import nl.ketensim.domain.Partner;
import org.junit.jupiter.api.Test;

/**
 * Exact tests of re-integratieverlof and the VI advice in the deterministic world of
 * {@link OnePersonRun}. A man from region 0 is placed in PI 1 (another region) for 150 days and
 * needs an ID, an in-person task: its staff work is done within the first two weeks, then the
 * distance would hold it for 200 days. His first verlof is on day 75 (half the stay served): on
 * verlof he does the in-person step at home, and the agency's lead time follows. With a lead time
 * just under 75 days the ID is arranged just before release (day 150); just over, it is not.
 */
class OnePersonVerlofTest {

    private static final int ID = Basisvoorwaarde.ID.ordinal();
    private static final double STAY = 150;
    private static final double FIRST_VERLOF = 75;

    private static ReleaseRecord release(OnePersonRun run, double leadTime, double useDraw, boolean sudden) {
        OnePersonRun.PersonBuilder person = run.person().stay(STAY).prison(1).home(0);
        if (sudden) {
            person.sudden();
        }
        NeedDraws id = person.draws(Basisvoorwaarde.ID).distance(200).leadTime(leadTime).verlofUseDraw(useDraw).build();
        return run.release(person.need(Basisvoorwaarde.ID, id));
    }

    @Test
    void onVerlofTheInPersonStepIsDoneOnTheDayOfTheFirstVerlof() {
        ReleaseRecord before = release(OnePersonRun.of(), STAY - FIRST_VERLOF - 0.1, 0.9, false);
        assertTrue(before.verlof());
        assertNull(before.missed()[ID], "arranged on day 149.9");
        ReleaseRecord after = release(OnePersonRun.of(), STAY - FIRST_VERLOF + 0.1, 0.9, false);
        assertEquals(Knelpunt.KORT_VERBLIJF, after.missed()[ID], "lead time runs until day 150.1");
        double regional = after.daysLost()[ID][Knelpunt.REGIONALE_PLAATSING.ordinal()];
        assertTrue(regional > 0 && regional < FIRST_VERLOF, "the distance held it until day 75: " + regional);
    }

    @Test
    void withoutVerlofTheDistanceHoldsTheInPersonStep() {
        ReleaseRecord r = release(OnePersonRun.of("detentiefasering.verlof.min_stay_days=3650"),
                STAY - FIRST_VERLOF - 0.1, 0.0, false);
        assertFalse(r.verlof());
        assertEquals(Knelpunt.REGIONALE_PLAATSING, r.missed()[ID]);
        ReleaseRecord sudden = release(OnePersonRun.of(), STAY - FIRST_VERLOF - 0.1, 0.0, true);
        assertFalse(sudden.verlof(), "no verlof without a known release date");
        assertEquals(Knelpunt.REGIONALE_PLAATSING, sudden.missed()[ID]);
    }

    @Test
    void withoutTheWsbVerlofServesTheTaskOnlyWhenItsDrawSaysSo() {
        String pre = "detentiefasering.wet_straffen_en_beschermen=false";
        ReleaseRecord used = release(OnePersonRun.of(pre), STAY - FIRST_VERLOF - 0.1, 0.2, false);
        assertTrue(used.verlof());
        assertNull(used.missed()[ID]);
        ReleaseRecord unused = release(OnePersonRun.of(pre), STAY - FIRST_VERLOF - 0.1, 0.8, false);
        assertTrue(unused.verlof());
        assertEquals(Knelpunt.REGIONALE_PLAATSING, unused.missed()[ID]);
    }

    /** Reclassering server-days (= hours at 1 hour per day) spent on a man of 400 days from region 0. */
    private static double reclasseringHours(OnePersonRun run, boolean toezicht) {
        OnePersonRun.PersonBuilder person = run.person().stay(400);
        if (toezicht) {
            person.toezicht();
        }
        run.release(person);
        return run.pool(Partner.RECLASSERING, 0, 0).reading().busyServerDays();
    }

    @Test
    void withTheWsbTheViDecisionCostsTheReclasseringItsAdviceHours() {
        // Advice requested on day 400 - 91 = 309, 8 hours at 1 hour per day: done on day 317.
        OnePersonRun wsb = OnePersonRun.of();
        double hours = wsb.scenario().detentiefasering().vi().adviceHours();
        assertEquals(hours, reclasseringHours(wsb, false), 1e-9);
        assertEquals(0.0, reclasseringHours(OnePersonRun.of("detentiefasering.wet_straffen_en_beschermen=false"),
                false), 1e-9, "by time served: no advice without toezicht");
        assertEquals(0.0, reclasseringHours(OnePersonRun.of("detentiefasering.vi.min_stay_days=401"), false), 1e-9,
                "a shorter stay does not end in VI");
    }
}
