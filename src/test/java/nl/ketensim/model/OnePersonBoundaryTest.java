package nl.ketensim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.ketensim.domain.Basisvoorwaarde;
import nl.ketensim.domain.Partner;
import org.junit.jupiter.api.Test;

/**
 * Exact tests at the edges of the model's rules, in the deterministic world of {@link OnePersonRun}
 * (one server per pool at 1 hour per day, meetings on days 0, 7, 14, ..., 5 days notice): a draw
 * equal to its chance, an arrival on the day of a norm, a meeting on the day of release, an MDO on
 * the last day of its tolerance, measurement that starts after the first MDO.
 */
class OnePersonBoundaryTest {

    private static final Basisvoorwaarde ONDERDAK = Basisvoorwaarde.ONDERDAK;

    private static ReleaseRecord detectedWith(double draw) {
        OnePersonRun run = OnePersonRun.of();
        var person = run.person().stay(30).detection(0.5);
        return run.release(person.need(ONDERDAK, person.draws(ONDERDAK).detectionDraw(draw).build()));
    }

    @Test
    void theIntakeDetectsANeedOnlyWhenTheDrawIsBelowTheChance() {
        assertEquals(1, detectedWith(0.4999).needsDetectedAtIntake());
        assertEquals(0, detectedWith(0.5).needsDetectedAtIntake());
    }

    @Test
    void aMeetingFindsTheNeedOnlyWhenTheChanceOfMissingItFallsBelowTheDraw() {
        // Missed at the intake; chance 0.5 per look. With a meeting draw of 0.5 the chance of still
        // missing it must fall below 0.5: not at the plan (0.5) but at the alignment (0.25, day 21).
        OnePersonRun run = OnePersonRun.of().traced();
        var person = run.person().stay(30).detection(0.5);
        run.release(person.need(ONDERDAK, person.draws(ONDERDAK).detectionDraw(0.9).meetingDetectionDraw(0.5).build()));
        assertEquals(List.of("21 NEED_DETECTED CASEMANAGER ONDERDAK - 0"), run.trace(CaseEvent.NEED_DETECTED));
    }

    @Test
    void thePlanLeavesRegieUnclearWhenTheDrawReachesTheClarity() {
        // Clarity 0.95 at full time share.
        for (double draw : new double[] {0.95, 0.9499}) {
            OnePersonRun run = OnePersonRun.of().traced();
            run.release(run.person().stay(30).regieDraw(draw));
            assertEquals(draw >= 0.95 ? List.of("7 REGIE_UNCLEAR CASEMANAGER - ONDUIDELIJKE_REGIE -") : List.of(),
                    run.trace(CaseEvent.REGIE_UNCLEAR), "draw " + draw);
        }
    }

    /** Information on onderdak reaches the gemeente when its server, busy from day 0, is free. */
    private static ReleaseRecord informationAfterOtherWork(double busyDays, double stay) {
        // No gemeente intake part; registration 2..3; the gemeente's plan attendance (invited on 2) is
        // withdrawn on day 7, so the receipt runs busyDays..busyDays + 1.
        OnePersonRun run = OnePersonRun.of("activities.intake.gemeente=0");
        run.occupy(Partner.GEMEENTE, 0, busyDays);
        return run.release(run.person().stay(stay).need(ONDERDAK));
    }

    @Test
    void informationArrivingOnTheDayOfThePlanNormIsOnTime() {
        ReleaseRecord onTheDay = informationAfterOtherWork(27, 60);
        assertEquals(1, onTheDay.informationDue());
        assertEquals(1, onTheDay.informationOnTime(), "arrived on day 28");
        ReleaseRecord late = informationAfterOtherWork(27.5, 60);
        assertEquals(0, late.informationOnTime(), "arrived on day 28.5");
    }

    @Test
    void informationIsMeasuredOnlyForStaysOfAtLeastThePlanNorm() {
        assertEquals(1, informationAfterOtherWork(0, 28).informationDue());
        assertEquals(0, informationAfterOtherWork(0, 27.9).informationDue());
    }

    @Test
    void noAlignmentIsBookedForAMeetingOnTheDayOfRelease() {
        // Released on day 7: the alignment, due on the intake (day 2), would get the meeting of day 7.
        OnePersonRun run = OnePersonRun.of().traced();
        run.release(run.person().stay(7));
        assertEquals(List.of("2 MEETING_BOOKED PLAN - 7"), run.trace(CaseEvent.MEETING_BOOKED));
        OnePersonRun longer = OnePersonRun.of().traced();
        longer.release(longer.person().stay(7.5));
        assertEquals(List.of("2 MEETING_BOOKED PLAN - 7", "2 MEETING_BOOKED ALIGNMENT - 7"),
                longer.trace(CaseEvent.MEETING_BOOKED));
    }

    /** A sudden release on day 120 (no alignment); the casemanager busy on other work from {@code day}. */
    private static ReleaseRecord mdosWithTheCasemanagerBusy(double day, double hours, String... overrides) {
        OnePersonRun run = OnePersonRun.of(overrides);
        if (hours > 0) {
            run.occupy(Partner.CASEMANAGER, day, hours);
        }
        return run.release(run.person().stay(120).sudden());
    }

    @Test
    void anMdoHeldOnTheLastDayOfItsToleranceIsOnTime() {
        // MDO's due on 70 and 112. The casemanager takes other work on day 64.5 for 6 h (64.5..70.5):
        // its attendance for day 70 (invited on 65) waits, so the MDO fails and is held on 77 = 70 + 7.
        ReleaseRecord once = mdosWithTheCasemanagerBusy(64.5, 6);
        assertEquals(2, once.mdosDue());
        assertEquals(2, once.mdosOnTime());
        // Busy 64.5..77.5: it fails on 70 and on 77 and is held on 84: late.
        ReleaseRecord twice = mdosWithTheCasemanagerBusy(64.5, 13);
        assertEquals(2, twice.mdosDue());
        assertEquals(1, twice.mdosOnTime());
    }

    @Test
    void onlyMdosDueDuringMeasurementCount() {
        // Measurement from day 75: the MDO due on 70 does not count, the one due on 112 does.
        ReleaseRecord r = mdosWithTheCasemanagerBusy(0, 0, "simulation.warmup_days=75");
        assertEquals(1, r.mdosDue());
        assertEquals(1, r.mdosOnTime());
        ReleaseRecord onTheDay = mdosWithTheCasemanagerBusy(0, 0, "simulation.warmup_days=70");
        assertEquals(2, onTheDay.mdosDue());
        assertEquals(2, onTheDay.mdosOnTime());
    }

    @Test
    void anMdoMustEndItsToleranceBeforeRelease() {
        // Released on 119: the MDO due on 112 ends its tolerance on release day and counts.
        OnePersonRun run = OnePersonRun.of();
        assertEquals(2, run.release(run.person().stay(119).sudden()).mdosDue());
        OnePersonRun shorter = OnePersonRun.of();
        assertEquals(1, shorter.release(shorter.person().stay(118.5).sudden()).mdosDue());
    }

    @Test
    void aGemeenteWithoutHoursForAMeetingIsNotThereEvenFarFromHome() {
        // Plan hours of the gemeente 0: no attendance, and no travel is added to nothing.
        OnePersonRun run = OnePersonRun.of("activities.plan.gemeente=0");
        assertFalse(run.release(run.person().stay(30).prison(1)).gemeenteAtPlan());
        OnePersonRun near = OnePersonRun.of();
        assertTrue(near.release(near.person().stay(30).prison(1)).gemeenteAtPlan());
    }

    @Test
    void withoutFixedMeetingsAFailedMeetingIsTriedAgainAfterTheNotice() {
        // Meetings on demand with 2 days notice. Intake 0..2; other work 2..5 (submitted on 1) keeps
        // the casemanager from the plan of day 4; booked again on 4 for 6, attended 5..6: plan on 6.
        OnePersonRun run = OnePersonRun.of("process.meeting_every_days=0", "process.meeting_notice_days=2").traced();
        run.occupy(Partner.CASEMANAGER, 1, 3);
        ReleaseRecord r = run.release(run.person().stay(30));
        assertEquals(6, r.planDays(), 0);
        assertEquals(List.of("4 MEETING_FAILED PLAN -"), run.trace(CaseEvent.MEETING_FAILED));
    }
}
