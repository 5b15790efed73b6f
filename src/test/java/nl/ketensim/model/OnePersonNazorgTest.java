package nl.ketensim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
