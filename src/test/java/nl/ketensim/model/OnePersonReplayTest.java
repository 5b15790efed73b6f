package nl.ketensim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.ketensim.domain.Basisvoorwaarde;
import nl.ketensim.domain.Knelpunt;
import org.junit.jupiter.api.Test;

/**
 * Exact tests of the replayed past of a person detained at time 0 ({@link Case#admitInitial}) in the
 * deterministic world of {@link OnePersonRun}: steps before time 0 take no waiting (a server of
 * 1 hour per day), every taking-part partner attends past meetings, and what is open at time 0
 * continues through the pools and the agenda (PI 0 meets on days ..., -14, -7, 0, 7, ...).
 */
class OnePersonReplayTest {

    private static final Basisvoorwaarde ONDERDAK = Basisvoorwaarde.ONDERDAK;

    @Test
    void aPastIntakePlanAndMdoAreReplayedAndTheRestIsBooked() {
        // Admitted on -100, released on 60. Intake -100..-98 (2 h) detects onderdak; the gemeente has
        // it at once (replay) and works -98..-92. Plan at the first meeting on or after -98 + 5: -91.
        // MDO due on -100 + 28 + 42 = -30 (replayed); the next, due on 12, is booked on day 0 for the
        // meeting of day 14 (within 7 days: on time), then due 54, held on 56 (not measured: 54 + 7
        // > 60). Alignment due 46, meeting on 49. Verlof (stay 160 >= 91, granted by the plan of -91)
        // from half the stay, -20, every 28 days before release: -20, 8, 36; reported at release.
        OnePersonRun run = OnePersonRun.of().traced();
        ReleaseRecord r = run.releaseInitial(run.person().admitted(-100).stay(160).need(ONDERDAK));
        assertEquals(List.of(
                "-98 NEED_DETECTED CASEMANAGER ONDERDAK - 1",
                "-98 INFORMATION_RECEIVED GEMEENTE ONDERDAK - -",
                "-100 STAGE GEMEENTE ONDERDAK KORT_VERBLIJF 2",
                "-98 OWNED GEMEENTE ONDERDAK - 0",
                "-98 STAGE GEMEENTE ONDERDAK KORT_VERBLIJF 6",
                "0 MEETING_BOOKED MDO - 14",
                "0 MEETING_BOOKED ALIGNMENT - 49",
                "14 MEETING_HELD MDO CG",
                "14 MEETING_BOOKED MDO - 56",
                "49 MEETING_HELD ALIGNMENT CG",
                "49 WARME_OVERDRACHT - - - 1",
                "56 MEETING_HELD MDO CG",
                "60 RELEASED - - - 0",
                "-92 ARRANGED GEMEENTE ONDERDAK - 8",
                "-20 VERLOF - - - 3"), run.trace());
        assertFalse(r.simulatedFromAdmission());
        assertEquals(2, r.intakeDays(), 0);
        assertEquals(9, r.planDays(), 0);
        assertTrue(r.gemeenteAtPlan());
        assertEquals(1, r.mdosDue());
        assertEquals(1, r.mdosOnTime());
        assertEquals(0, r.informationDue(), "not measured for a person admitted before the run");
        assertNull(r.missed()[ONDERDAK.ordinal()]);
    }

    @Test
    void aNeedMissedAtThePastIntakeIsFoundAtTheReplayedMdoWhereItsChanceRunsOut() {
        // Admitted on -300, released on 100. Detection 0.5 per look; the intake (-298) misses the need
        // (draw 0.9). It must be found where the chance of still missing it falls below 1 - 0.9 = 0.1:
        // 0.5 after the plan (-287), 0.25 after the first MDO (-230), then 0.125 and 0.0625: at the
        // second MDO after it, -230 + 2 × 42 = -146, where the gemeente is present and takes it up
        // (-146..-140). Five MDO's fit between -230 and 0; the next is due on -230 + 6 × 42 = 22
        // (meeting 28), then 64 (meeting 70); both measured and on time. Alignment due 86: day 91.
        // Stay 400: verlof from -300 + 200 = -100 every 28 days before release (8 verloven), and VI
        // (stay >= 365): the reclassering's advice requested 91 days before release (day 9, 8 h: 9..17),
        // in hand at the decision 28 days before release (72); both reported at release.
        OnePersonRun run = OnePersonRun.of().traced();
        var person = run.person().admitted(-300).stay(400).detection(0.5);
        ReleaseRecord r = run.releaseInitial(person.need(ONDERDAK,
                person.draws(ONDERDAK).detectionDraw(0.9).meetingDetectionDraw(0.9).build()));
        assertEquals(List.of(
                "-298 NEED_NOT_DETECTED CASEMANAGER ONDERDAK INFORMATIEDELING -",
                "-300 STAGE GEMEENTE ONDERDAK KORT_VERBLIJF 2",
                "-146 INFORMATION_RECEIVED GEMEENTE ONDERDAK - -",
                "-298 STAGE GEMEENTE ONDERDAK INFORMATIEDELING 152",
                "-146 OWNED GEMEENTE ONDERDAK - 0",
                "-146 STAGE GEMEENTE ONDERDAK KORT_VERBLIJF 6",
                "0 MEETING_BOOKED MDO - 28",
                "0 MEETING_BOOKED ALIGNMENT - 91",
                "9 VI_ADVICE_QUEUED RECLASSERING - - 8",
                "17 VI_ADVICE_DONE RECLASSERING - - -",
                "28 MEETING_HELD MDO CG",
                "28 MEETING_BOOKED MDO - 70",
                "70 MEETING_HELD MDO CG",
                "91 MEETING_HELD ALIGNMENT CG",
                "91 WARME_OVERDRACHT - - - 1",
                "100 RELEASED - - - 0",
                "-140 ARRANGED GEMEENTE ONDERDAK - 160",
                "-100 VERLOF - - - 8",
                "72 VI_DECISION RECLASSERING - - 1"), run.trace());
        assertEquals(13, r.planDays(), 0);
        assertEquals(0, r.needsDetectedAtIntake());
        assertEquals(2, r.mdosDue());
        assertEquals(2, r.mdosOnTime());
    }

    @Test
    void theMeetingDrawDecidesAtWhichLookTheNeedIsFound() {
        // As above with a meeting draw of 0.99: after the plan and the MDO of -230 (0.25) the chance of
        // missing it must fall below 0.01, which takes 5 more looks (0.25 / 2^5 < 0.01): the fifth and
        // last replayed MDO, -230 + 5 × 42 = -20. With 0.999 it takes 8 (more than the 5 before time
        // 0); the MDO's of days 28 and 70 and the alignment on 91 are the 6th to 8th: found on 91. With
        // 0.9999 it would take 12: undetected at release on 100.
        assertEquals(List.of("-20 INFORMATION_RECEIVED GEMEENTE ONDERDAK - -"), missedAtIntake(0.99).trace());
        assertEquals(List.of("91 INFORMATION_RECEIVED GEMEENTE ONDERDAK - -"), missedAtIntake(0.999).trace());
        Found never = missedAtIntake(0.9999);
        assertEquals(List.of(), never.trace());
        assertEquals(Knelpunt.INFORMATIEDELING, never.record().missed()[ONDERDAK.ordinal()]);
        assertEquals(398, never.record().daysLost()[ONDERDAK.ordinal()][Knelpunt.INFORMATIEDELING.ordinal()], 1e-9);
    }

    /** The record and the information-received steps of a person of the test above. */
    private record Found(ReleaseRecord record, List<String> trace) { }

    /** Admitted on -300, released on 100, detection 0.5, the need missed at the intake. */
    private static Found missedAtIntake(double meetingDraw) {
        OnePersonRun run = OnePersonRun.of().traced();
        var person = run.person().admitted(-300).stay(400).detection(0.5);
        ReleaseRecord r = run.releaseInitial(person.need(ONDERDAK,
                person.draws(ONDERDAK).detectionDraw(0.9).meetingDetectionDraw(meetingDraw).build()));
        return new Found(r, run.trace(CaseEvent.INFORMATION_RECEIVED));
    }

    @Test
    void anIntakeStillUnderWayAtTimeZeroGoesThroughThePools() {
        // Admitted on -1: the 2-day intake would end on 1, after 0, so it is done from now (0..2):
        // 3 days after admission; the plan is booked on day 2 for day 7.
        OnePersonRun run = OnePersonRun.of().traced();
        ReleaseRecord r = run.releaseInitial(run.person().admitted(-1).stay(61));
        assertEquals(3, r.intakeDays(), 0);
        assertEquals(8, r.planDays(), 0);
        assertEquals("0 INTAKE_QUEUED CASEMANAGER - - 2", run.trace().get(0));
    }

    @Test
    void needsThatAroseInThePastAreReportedThenOrLater() {
        // Admitted on -100 (intake -100..-98). Onderdak is lost on -50 and reported on -40: the gemeente
        // has it then (replay) and works -40..-34. Schulden arises on -5 and is reported on 5: it goes
        // through registration (casemanager 5..6) and receipt (gemeente 6..7), then 4 h (7..11).
        OnePersonRun run = OnePersonRun.of().traced();
        var person = run.person().admitted(-100).stay(160);
        ReleaseRecord r = run.releaseInitial(person
                .need(ONDERDAK, person.draws(ONDERDAK).arises(50, 10).build())
                .need(Basisvoorwaarde.SCHULDEN, person.draws(Basisvoorwaarde.SCHULDEN).arises(95, 10).build()));
        assertEquals(List.of(
                "-50 STAGE GEMEENTE ONDERDAK INFORMATIEDELING 10",
                "-40 STAGE GEMEENTE ONDERDAK KORT_VERBLIJF 6",
                "-5 STAGE GEMEENTE SCHULDEN INFORMATIEDELING 10",
                "5 STAGE CASEMANAGER SCHULDEN KORT_VERBLIJF 1",
                "6 STAGE GEMEENTE SCHULDEN KORT_VERBLIJF 1",
                "7 STAGE GEMEENTE SCHULDEN KORT_VERBLIJF 4"), run.trace(CaseEvent.STAGE));
        assertEquals(0, r.needsAtIntake(), "neither need existed at the intake");
        assertNull(r.missed()[ONDERDAK.ordinal()]);
        assertNull(r.missed()[Basisvoorwaarde.SCHULDEN.ordinal()]);
    }

    @Test
    void aNeedArisingBeforeThePastIntakeIsSeenByIt() {
        OnePersonRun run = OnePersonRun.of();
        var person = run.person().admitted(-100).stay(160);
        ReleaseRecord r = run.releaseInitial(person.need(ONDERDAK, person.draws(ONDERDAK).arises(1, 10).build()));
        assertEquals(1, r.needsAtIntake());
        assertEquals(1, r.needsDetectedAtIntake());
    }

    @Test
    void aDeclinedNeedReportedInThePastWaitsForThePerson() {
        OnePersonRun run = OnePersonRun.of();
        var person = run.person().admitted(-100).stay(110);
        ReleaseRecord r = run.releaseInitial(person.need(ONDERDAK,
                person.draws(ONDERDAK).arises(50, 10).declined().build()));
        assertEquals(Knelpunt.JUSTITIABELE, r.missed()[ONDERDAK.ordinal()]);
        double[] lost = r.daysLost()[ONDERDAK.ordinal()];
        assertEquals(10, lost[Knelpunt.INFORMATIEDELING.ordinal()], 1e-9);
        assertEquals(50, lost[Knelpunt.JUSTITIABELE.ordinal()], 1e-9);
    }

    @Test
    void aNeedArisingAfterTimeZeroIsScheduled() {
        // Admitted on -100: onderdak is lost on day 5 (onset 105), reported on 8: registration 8..9;
        // the gemeente is invited on 9 to the MDO of day 14 (booked on 0, so first in line): the receipt
        // runs 10..11, the work 11..17.
        OnePersonRun run = OnePersonRun.of().traced();
        var person = run.person().admitted(-100).stay(160);
        run.releaseInitial(person.need(ONDERDAK, person.draws(ONDERDAK).arises(105, 3).build()));
        assertEquals(List.of("17 WORK_DONE GEMEENTE ONDERDAK - -"), run.trace(CaseEvent.WORK_DONE));
    }

    @Test
    void daysAPastNeedWaitedForTheAbsentCasemanagerAreItsCapacity() {
        // Casemanager away 14 days from admission (-10) to day 4; released on day 2 before any intake.
        // Admitted now instead, the same person loses all 12 days to capaciteit_casemanager.
        OnePersonRun run = OnePersonRun.of("staffing.casemanager_absence.share=0.1",
                "staffing.casemanager_absence.episode_days=14");
        ReleaseRecord r = run.releaseInitial(run.person().admitted(-10).stay(12).absenceDraw(0.0).need(ONDERDAK));
        assertEquals(Knelpunt.CAPACITEIT_CASEMANAGER, r.missed()[ONDERDAK.ordinal()]);
        double[] lost = r.daysLost()[ONDERDAK.ordinal()];
        assertEquals(12, lost[Knelpunt.CAPACITEIT_CASEMANAGER.ordinal()], 1e-9);
        assertEquals(0, lost[Knelpunt.KORT_VERBLIJF.ordinal()], 1e-9);
    }
}
