package nl.ketensim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.ketensim.domain.Basisvoorwaarde;
import nl.ketensim.domain.Partner;
import org.junit.jupiter.api.Test;

/**
 * Exact tests of nazorg after release in the deterministic world of {@link OnePersonRun} (one
 * server per pool at 1 hour per day; follow-up 91 days; statuses at +28 and +91 days). The person
 * (60 days) loses his home on day 59 and would report it only after release, so the need is open
 * at release and its 6 hours of staff work must be done as nazorg.
 */
class OnePersonNazorgTest {

    private static final int ONDERDAK = Basisvoorwaarde.ONDERDAK.ordinal();
    private static final int ZORG = Basisvoorwaarde.ZORG.ordinal();

    private static ChainSimulation.FollowUp followUp(OnePersonRun run, OnePersonRun.PersonBuilder person) {
        var draws = person.draws(Basisvoorwaarde.ONDERDAK).arises(59, 100).build();
        return run.followUp(person.stay(60).need(Basisvoorwaarde.ONDERDAK, draws));
    }

    /** As {@link #followUp}, the person asking the gemeente for help on the open need after a cold release. */
    private static ChainSimulation.FollowUp followUpAsking(OnePersonRun run, OnePersonRun.PersonBuilder person) {
        var draws = person.draws(Basisvoorwaarde.ONDERDAK).arises(59, 100).asksForHelp().build();
        return run.followUp(person.stay(60).need(Basisvoorwaarde.ONDERDAK, draws));
    }

    @Test
    void afterAWarmeOverdrachtTheGemeenteWorksOnTheOpenNeedAtOnce() {
        // Alignment on day 49 with the gemeente: warm. Handed over at release (day 60), done 60..66:
        // arranged before +4 weeks.
        OnePersonRun run = OnePersonRun.of();
        var f = followUp(run, run.person());
        assertTrue(f.record().warmeOverdracht());
        assertTrue(f.record().missed()[ONDERDAK] != null, "open at release");
        assertFalse(f.openAt4w()[ONDERDAK]);
        assertFalse(f.openAt13w()[ONDERDAK]);
    }

    @Test
    void afterAColdReleaseTheGemeenteStartsWhenThePersonAsksForHelp() {
        // A sudden release: no alignment, cold. The person asks the gemeente for help 40 days after
        // release (day 100); the gemeente takes the person on (1 h: 100..101) and works on the need
        // 101..107: open at +4 weeks (day 88), arranged by +13 (151).
        OnePersonRun run = OnePersonRun.of();
        var f = followUpAsking(run, run.person().sudden().selfReport(40));
        assertFalse(f.record().warmeOverdracht());
        assertTrue(f.openAt4w()[ONDERDAK]);
        assertFalse(f.openAt13w()[ONDERDAK]);
    }

    @Test
    void aPersonWhoDoesNotAskIsNotFound() {
        // The same person, who does not choose to ask for help on the need: no signal at all.
        OnePersonRun run = OnePersonRun.of();
        var f = followUp(run, run.person().sudden().selfReport(40));
        assertTrue(f.openAt13w()[ONDERDAK]);
    }

    @Test
    void underToezichtTheReclasseringPassesTheCaseOn() {
        // Cold release on day 60 under toezicht: the reclassering registers and passes the case on
        // (1 h: 60..61), the gemeente takes the person on (61..62) and works on the need (62..68):
        // arranged before +4 weeks (day 88).
        OnePersonRun run = OnePersonRun.of();
        var f = followUp(run, run.person().sudden().toezicht().toezichtSignal());
        assertFalse(f.record().warmeOverdracht());
        assertFalse(f.openAt4w()[ONDERDAK]);
    }

    @Test
    void aSignalTheGemeenteCannotTakeUpInTimeReachesNobody() {
        // As above, but the gemeente's server is busy on other work from day 59.5 for 100 days: its
        // taking the person on still waits at the end of the follow-up (day 151).
        OnePersonRun run = OnePersonRun.of();
        run.occupy(Partner.GEMEENTE, 59.5, 100);
        var f = followUp(run, run.person().sudden().toezicht().toezichtSignal());
        assertTrue(f.openAt13w()[ONDERDAK]);
    }

    @Test
    void theFirstSignalCounts() {
        // The reclassering is busy from day 59.5 for 30 days; the person asks on day 65: taken on
        // 65..66, worked on 66..72, arranged before +4 weeks; the reclassering's later signal is moot.
        OnePersonRun run = OnePersonRun.of();
        run.occupy(Partner.RECLASSERING, 59.5, 30);
        var f = followUpAsking(run, run.person().sudden().toezicht().toezichtSignal().selfReport(5));
        assertFalse(f.openAt4w()[ONDERDAK]);
    }

    @Test
    void withoutASignalTheNeedStaysOpen() {
        OnePersonRun run = OnePersonRun.of();
        var f = followUp(run, run.person().sudden());
        assertTrue(f.openAt4w()[ONDERDAK]);
        assertTrue(f.openAt13w()[ONDERDAK]);
    }

    @Test
    void recidiveFollowsTheHazardRatioOfWhatIsMissingAtFourWeeks() {
        // Onderdak missing at +4 weeks: 1 - (1 - baseline)^HR(onderdak).
        OnePersonRun run = OnePersonRun.of();
        var recidive = run.scenario().aftercare().recidive();
        var f = followUp(run, run.person().sudden());
        double expected = 1 - Math.pow(1 - recidive.baseline2y(), recidive.hazardRatio(Basisvoorwaarde.ONDERDAK));
        assertEquals(expected, f.recidive(), 1e-12);
        OnePersonRun warm = OnePersonRun.of();
        assertEquals(recidive.baseline2y(), followUp(warm, warm.person()).recidive(), 1e-12);
    }

    /**
     * Onderdak worked on days 4..10, then a housing place after 70 days: due on day 80, after release;
     * after a cold release the person asks the gemeente for help on it.
     */
    private static ChainSimulation.FollowUp pendingAtRelease(OnePersonRun run, OnePersonRun.PersonBuilder person) {
        var draws = person.draws(Basisvoorwaarde.ONDERDAK).external(70).asksForHelp().build();
        return run.followUp(person.stay(60).need(Basisvoorwaarde.ONDERDAK, draws));
    }

    @Test
    void anArrangementUnderWayContinuesAfterAWarmeOverdracht() {
        OnePersonRun run = OnePersonRun.of();
        var f = pendingAtRelease(run, run.person());
        assertTrue(f.record().warmeOverdracht());
        assertFalse(f.openAt4w()[ONDERDAK], "housed on day 80, before day 88");
    }

    @Test
    void anArrangementUnderWayRestsUntilTheGemeenteHasTheCase() {
        // Cold: the person asks on day 60 + 20 = 80, the gemeente takes the person on 80..81 and the
        // 20 days still needed at release start then: housed on day 101, after +4 weeks (88), before
        // +13 weeks (151).
        OnePersonRun run = OnePersonRun.of();
        var f = pendingAtRelease(run, run.person().sudden().selfReport(20));
        assertTrue(f.openAt4w()[ONDERDAK]);
        assertFalse(f.openAt13w()[ONDERDAK]);
        OnePersonRun never = OnePersonRun.of();
        assertTrue(pendingAtRelease(never, never.person().sudden()).openAt13w()[ONDERDAK]);
    }

    @Test
    void theReclasseringTakesOverItsOwnOpenNeedUnderToezicht() {
        // Zorg (the reclassering's under toezicht) arises on day 59: at release the reclassering works
        // 2.5 h (60..62.5), then the agency takes its lead time: 20 days → 82.5, before +4 weeks (88);
        // 30 days → 92.5, after. The gemeente's server, busy after release, plays no part.
        for (double lead : new double[] {20, 30}) {
            OnePersonRun run = OnePersonRun.of();
            run.occupy(Partner.GEMEENTE, 0, 0, 60, 100);
            var person = run.person().stay(60).toezicht();
            var draws = person.draws(Basisvoorwaarde.ZORG).arises(59, 100).leadTime(lead).build();
            var f = run.followUp(person.need(Basisvoorwaarde.ZORG, draws));
            assertTrue(f.record().warmeOverdracht());
            assertEquals(lead > 28 - 2.5, f.openAt4w()[ZORG], "lead time " + lead);
            assertFalse(f.openAt13w()[ZORG]);
        }
    }

    @Test
    void anIdWaitsAfterReleaseForTheAddressToo() {
        // Both arise on day 59; handed over at release: the ID (1.5 h, 60..61.5), then onderdak (6 h,
        // 61.5..67.5) and 40 days for a housing place: housed on 107.5, after +4 weeks (88). The ID,
        // ready on 61.5, needs the address: open at +4 weeks as well; both arranged by +13 weeks.
        OnePersonRun run = OnePersonRun.of().traced();
        var person = run.person().stay(60);
        var f = run.followUp(person
                .need(Basisvoorwaarde.ID, person.draws(Basisvoorwaarde.ID).arises(59, 100).build())
                .need(Basisvoorwaarde.ONDERDAK, person.draws(Basisvoorwaarde.ONDERDAK).arises(59, 100).external(40)
                        .build()));
        assertTrue(f.openAt4w()[Basisvoorwaarde.ID.ordinal()]);
        assertTrue(f.openAt4w()[ONDERDAK]);
        assertFalse(f.openAt13w()[Basisvoorwaarde.ID.ordinal()]);
        assertEquals(List.of("151 FOLLOW_UP GEMEENTE ID - 0", "151 FOLLOW_UP GEMEENTE ONDERDAK - 0"),
                run.trace(CaseEvent.FOLLOW_UP));
        double hazard = run.scenario().aftercare().recidive().hazardRatio(Basisvoorwaarde.ID)
                * run.scenario().aftercare().recidive().hazardRatio(Basisvoorwaarde.ONDERDAK);
        double baseline = run.scenario().aftercare().recidive().baseline2y();
        assertEquals(1 - Math.pow(1 - baseline, hazard), f.recidive(), 1e-12);
    }

    @Test
    void aDeclinedNeedGetsNoNazorg() {
        // Declined at the intake: open at release, not handed over despite the warme overdracht.
        OnePersonRun run = OnePersonRun.of().traced();
        var person = run.person().stay(60);
        var f = run.followUp(person.need(Basisvoorwaarde.ONDERDAK,
                person.draws(Basisvoorwaarde.ONDERDAK).declined().build()));
        assertTrue(f.record().warmeOverdracht());
        assertTrue(f.openAt13w()[ONDERDAK]);
        assertEquals(List.of("151 FOLLOW_UP GEMEENTE ONDERDAK JUSTITIABELE 1"), run.trace(CaseEvent.FOLLOW_UP));
    }

    @Test
    void workNotDoneByTheEndOfTheFollowUpIsWithdrawn() {
        // The gemeente is busy from release for 200 days: the nazorg item is still queued at +13
        // weeks; withdrawn, it leaves no backlog.
        OnePersonRun run = OnePersonRun.of();
        run.occupy(Partner.GEMEENTE, 0, 0, 60, 200);
        var f = followUp(run, run.person());
        assertTrue(f.openAt13w()[ONDERDAK]);
        assertEquals(0.0, run.pool(Partner.GEMEENTE, 0, 0).backlogHours(), 0);
    }
}
