package nl.ketensim.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.ketensim.domain.Basisvoorwaarde;
import nl.ketensim.domain.Knelpunt;
import nl.ketensim.domain.Partner;
import org.junit.jupiter.api.Test;

/**
 * Exact tests of every step of single trajectories, as the model reports them to its observer
 * (the dossier's trace), in the deterministic world of {@link OnePersonRun}: one server per pool
 * at 1 hour per day, FIFO queues, PI 0 meeting on days 0, 7, 14, ..., PI 1 on days 1, 8, 15, ...,
 * invitations 5 days ahead; intake casemanager 2 h, gemeente and reclassering 1 h; plan, MDO,
 * alignment and registration/receipt 1 h per partner. A line reads {@code day EVENT partner need
 * knelpunt value} (see {@link OnePersonRun#trace()}); stretches of lost time ({@code STAGE}) are
 * reported when they close, so they appear after the step that closed them.
 */
class OnePersonTraceTest {

    /** The steps every case without toezicht takes up to the completion of the intake on day 2. */
    private static List<String> intakeSteps(int stay, String need) {
        return List.of(
                "0 ADMITTED - - - " + stay,
                "0 PLACED - - - 1",
                "0 INTAKE_QUEUED CASEMANAGER - - 2",
                "0 INTAKE_QUEUED GEMEENTE - - 1",
                "0 INTAKE_STARTED GEMEENTE - - 0", // the gemeente's answer 0..1, reported when it is done
                "1 INTAKE_DONE GEMEENTE - - 1",
                "0 STAGE CASEMANAGER " + need + " KORT_VERBLIJF 1", // 0..1 waiting on the casemanager's part
                "0 INTAKE_STARTED CASEMANAGER - - 0",
                "2 INTAKE_DONE CASEMANAGER - - 1",
                "2 NEED_DETECTED CASEMANAGER " + need + " - 1");
    }

    private static List<String> concat(List<String> first, List<String> second) {
        return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
    }

    @Test
    void aNeedOfTheGemeenteFromIntakeToArrangement() {
        // Intake complete on day 2; registration 2..3 (the casemanager's plan attendance waits behind
        // it, 3..4); the gemeente attends (invited on day 2: 2..3), then takes the screening in (3..4)
        // and works 6 h (4..10): arranged on day 10. Plan on day 7 (2 + 5 notice), alignment due on
        // 60 - 14 = 46, held on day 49, both with casemanager and gemeente: warme overdracht.
        OnePersonRun run = OnePersonRun.of().traced();
        ReleaseRecord r = run.release(run.person().stay(60).need(Basisvoorwaarde.ONDERDAK));
        assertEquals(concat(intakeSteps(60, "ONDERDAK"), List.of(
                "2 INTAKE_COMPLETE - - - 2",
                "2 INFORMATION_QUEUED CASEMANAGER - - 1",
                "1 STAGE CASEMANAGER ONDERDAK KORT_VERBLIJF 1",
                "2 MEETING_BOOKED PLAN - 7",
                "2 MEETING_BOOKED ALIGNMENT - 49",
                "3 INFORMATION_REGISTERED CASEMANAGER - - -",
                "3 INFORMATION_SENT GEMEENTE ONDERDAK - -",
                "2 STAGE CASEMANAGER ONDERDAK KORT_VERBLIJF 1",
                "4 INFORMATION_RECEIVED GEMEENTE ONDERDAK - -",
                "3 STAGE GEMEENTE ONDERDAK KORT_VERBLIJF 1",
                "4 OWNED GEMEENTE ONDERDAK - 0",
                "4 WORK_QUEUED GEMEENTE ONDERDAK - 6",
                "7 MEETING_HELD PLAN CG",
                "10 WORK_DONE GEMEENTE ONDERDAK - -",
                "4 STAGE GEMEENTE ONDERDAK KORT_VERBLIJF 6",
                "49 MEETING_HELD ALIGNMENT CG",
                "49 WARME_OVERDRACHT - - - 1",
                "60 RELEASED - - - 0",
                "10 ARRANGED GEMEENTE ONDERDAK - 10")), run.trace());
        assertEquals(60, r.stayDays(), 0);
        assertFalse(r.woman());
        assertTrue(r.inHomeRegion());
        assertTrue(r.simulatedFromAdmission());
        assertEquals(2, r.intakeDays(), 0);
        assertEquals(7, r.planDays(), 0);
        assertTrue(r.gemeenteAtPlan());
        assertEquals(0, r.mdosDue(), "the first MDO is due on 28 + 42 = 70, after release");
        assertTrue(r.warmeOverdracht());
        assertEquals(1, r.needsAtIntake());
        assertEquals(1, r.needsDetectedAtIntake());
        assertEquals(1, r.informationDue());
        assertEquals(1, r.informationOnTime());
        assertArrayEquals(new boolean[] {false, true, false, false, false, false}, r.needed());
        assertArrayEquals(new boolean[6], r.arose());
        assertArrayEquals(new Knelpunt[6], r.missed());
    }

    @Test
    void withThePlanBookedOnceThePartnersAreInformedTheGemeenteComesWithTheScreening() {
        // As above with the basis rule process.plan_when_partners_informed: the intake completes on
        // day 2 without booking the plan (only the alignment). Registration 2..3; the gemeente, with
        // no plan attendance before it now, takes the screening in 3..4. Its receipt done, the plan
        // is booked first (day 4, for the first meeting on or after 4 + 5: day 14), then the need is
        // owned and worked on 4..10. Invited on day 9, the casemanager attends 9..10 and the
        // gemeente, behind its work, 10..11: both at the plan of day 14.
        OnePersonRun run = OnePersonRun.of("process.plan_when_partners_informed=true").traced();
        ReleaseRecord r = run.release(run.person().stay(60).need(Basisvoorwaarde.ONDERDAK));
        assertEquals(concat(intakeSteps(60, "ONDERDAK"), List.of(
                "2 INTAKE_COMPLETE - - - 2",
                "2 INFORMATION_QUEUED CASEMANAGER - - 1",
                "1 STAGE CASEMANAGER ONDERDAK KORT_VERBLIJF 1",
                "2 MEETING_BOOKED ALIGNMENT - 49",
                "3 INFORMATION_REGISTERED CASEMANAGER - - -",
                "3 INFORMATION_SENT GEMEENTE ONDERDAK - -",
                "2 STAGE CASEMANAGER ONDERDAK KORT_VERBLIJF 1",
                "4 MEETING_BOOKED PLAN - 14",
                "4 INFORMATION_RECEIVED GEMEENTE ONDERDAK - -",
                "3 STAGE GEMEENTE ONDERDAK KORT_VERBLIJF 1",
                "4 OWNED GEMEENTE ONDERDAK - 0",
                "4 WORK_QUEUED GEMEENTE ONDERDAK - 6",
                "10 WORK_DONE GEMEENTE ONDERDAK - -",
                "4 STAGE GEMEENTE ONDERDAK KORT_VERBLIJF 6",
                "14 MEETING_HELD PLAN CG",
                "49 MEETING_HELD ALIGNMENT CG",
                "49 WARME_OVERDRACHT - - - 1",
                "60 RELEASED - - - 0",
                "10 ARRANGED GEMEENTE ONDERDAK - 10")), run.trace());
        assertEquals(2, r.intakeDays(), 0);
        assertEquals(14, r.planDays(), 0);
        assertTrue(r.gemeenteAtPlan());
        assertEquals(1, r.informationOnTime());
        assertTrue(r.warmeOverdracht());
    }

    @Test
    void underToezichtTheReclasseringTakesPartAndMdosAreHeld() {
        // Zorg is the reclassering's (toezicht), sociaal netwerk the casemanager's own: it needs no
        // registration and is worked on at once (2..4); the registration waits behind it (4..5), the
        // casemanager's plan attendance behind that (5..6). The reclassering attends (2..3) and takes
        // the screening in (5..6), then works 2.5 h (6..8.5). MDO's due on 70 (booked at admission)
        // and 112, alignment due on 106: both at the meeting of day 112. Both MDO's are measured
        // (112 + 7 tolerance <= 120) and on time.
        OnePersonRun run = OnePersonRun.of().traced();
        ReleaseRecord r = run.release(run.person().stay(120).toezicht()
                .need(Basisvoorwaarde.ZORG).need(Basisvoorwaarde.SOCIAAL_NETWERK));
        assertEquals(List.of(
                "0 ADMITTED - - - 120",
                "0 PLACED - - - 1",
                "0 INTAKE_QUEUED CASEMANAGER - - 2",
                "0 INTAKE_QUEUED GEMEENTE - - 1",
                "0 INTAKE_QUEUED RECLASSERING - - 1",
                "0 MEETING_BOOKED MDO - 70",
                "0 INTAKE_STARTED GEMEENTE - - 0",
                "1 INTAKE_DONE GEMEENTE - - 1",
                "0 STAGE CASEMANAGER ZORG KORT_VERBLIJF 1",
                "0 STAGE CASEMANAGER SOCIAAL_NETWERK KORT_VERBLIJF 1",
                "0 INTAKE_STARTED RECLASSERING - - 0",
                "1 INTAKE_DONE RECLASSERING - - 1",
                "0 INTAKE_STARTED CASEMANAGER - - 0",
                "2 INTAKE_DONE CASEMANAGER - - 1",
                "2 NEED_DETECTED CASEMANAGER ZORG - 1",
                "2 NEED_DETECTED CASEMANAGER SOCIAAL_NETWERK - 1",
                "2 INFORMATION_RECEIVED CASEMANAGER SOCIAAL_NETWERK - -",
                "1 STAGE CASEMANAGER SOCIAAL_NETWERK KORT_VERBLIJF 1",
                "2 OWNED CASEMANAGER SOCIAAL_NETWERK - 0",
                "2 WORK_QUEUED CASEMANAGER SOCIAAL_NETWERK - 2",
                "2 INTAKE_COMPLETE - - - 2",
                "2 INFORMATION_QUEUED CASEMANAGER - - 1",
                "1 STAGE CASEMANAGER ZORG KORT_VERBLIJF 1",
                "2 MEETING_BOOKED PLAN - 7",
                "2 MEETING_BOOKED ALIGNMENT - 112",
                "4 WORK_DONE CASEMANAGER SOCIAAL_NETWERK - -",
                "2 STAGE CASEMANAGER SOCIAAL_NETWERK KORT_VERBLIJF 2",
                "5 INFORMATION_REGISTERED CASEMANAGER - - -",
                "5 INFORMATION_SENT RECLASSERING ZORG - -",
                "2 STAGE CASEMANAGER ZORG CAPACITEIT_CASEMANAGER 2",
                "4 STAGE CASEMANAGER ZORG KORT_VERBLIJF 1",
                "6 INFORMATION_RECEIVED RECLASSERING ZORG - -",
                "5 STAGE RECLASSERING ZORG KORT_VERBLIJF 1",
                "6 OWNED RECLASSERING ZORG - 0",
                "6 WORK_QUEUED RECLASSERING ZORG - 2.5",
                "7 MEETING_HELD PLAN CGR",
                "8.5 WORK_DONE RECLASSERING ZORG - -",
                "6 STAGE RECLASSERING ZORG KORT_VERBLIJF 2.5",
                "70 MEETING_HELD MDO CGR",
                "70 MEETING_BOOKED MDO - 112",
                "112 MEETING_HELD ALIGNMENT CGR",
                "112 WARME_OVERDRACHT - - - 1",
                "112 MEETING_HELD MDO CGR",
                "120 RELEASED - - - 0",
                "8.5 ARRANGED RECLASSERING ZORG - 8.5",
                "4 ARRANGED CASEMANAGER SOCIAAL_NETWERK - 4",
                "60 VERLOF - - - 3"), run.trace()); // verlof from half the stay (60): 60, 88, 116
        assertEquals(2, r.mdosDue());
        assertEquals(2, r.mdosOnTime());
        assertEquals(2, r.needsAtIntake());
        assertEquals(1, r.informationDue(), "only the need of another partner waits for information");
        assertEquals(1, r.informationOnTime());
    }

    @Test
    void withoutToezichtTheCasemanagerWorksOnZorg() {
        OnePersonRun run = OnePersonRun.of().traced();
        ReleaseRecord r = run.release(run.person().stay(30).need(Basisvoorwaarde.ZORG));
        assertEquals(List.of(
                "2 INFORMATION_RECEIVED CASEMANAGER ZORG - -",
                "2 OWNED CASEMANAGER ZORG - 0",
                "2 WORK_QUEUED CASEMANAGER ZORG - 2.5",
                "4.5 WORK_DONE CASEMANAGER ZORG - -",
                "4.5 ARRANGED CASEMANAGER ZORG - 4.5"),
                run.trace(CaseEvent.INFORMATION_RECEIVED, CaseEvent.OWNED, CaseEvent.WORK_QUEUED,
                        CaseEvent.WORK_DONE, CaseEvent.ARRANGED));
        assertEquals(0, r.informationDue());
        assertEquals(List.of("2 MEETING_BOOKED ALIGNMENT - 21"), run.trace(CaseEvent.MEETING_BOOKED).subList(1, 2),
                "alignment due on 30 - 14 = 16: the meeting of day 21");
    }

    @Test
    void coLocatedStaffTakeTheInformationOnSiteAndABenefitWaitsForItsWindow() {
        // Handed over on site when registered (day 3): the gemeente works 3 h (3..6). A benefit can be
        // filed only 28 days before release: arranged on 60 - 28 = 32, the wait counting as kort verblijf.
        OnePersonRun run = OnePersonRun.of().traced();
        run.release(run.person().stay(60).coLocated().need(Basisvoorwaarde.WERK_INKOMEN));
        assertEquals(List.of(
                "3 INFORMATION_REGISTERED CASEMANAGER - - -",
                "3 INFORMATION_HANDED_OVER GEMEENTE WERK_INKOMEN - -",
                "3 INFORMATION_RECEIVED GEMEENTE WERK_INKOMEN - -",
                "2 STAGE CASEMANAGER WERK_INKOMEN KORT_VERBLIJF 1",
                "3 OWNED GEMEENTE WERK_INKOMEN - 0",
                "3 WORK_QUEUED GEMEENTE WERK_INKOMEN - 3",
                "6 WORK_DONE GEMEENTE WERK_INKOMEN - -",
                "3 STAGE GEMEENTE WERK_INKOMEN KORT_VERBLIJF 3",
                "7 MEETING_HELD PLAN CG",
                "49 MEETING_HELD ALIGNMENT CG",
                "49 WARME_OVERDRACHT - - - 1",
                "60 RELEASED - - - 0",
                "6 STAGE GEMEENTE WERK_INKOMEN KORT_VERBLIJF 26",
                "32 ARRANGED GEMEENTE WERK_INKOMEN - 32"), run.trace().subList(15, 29));
    }

    @Test
    void aSuddenReleaseHasNoAlignmentAndLeavesTheBenefitUnfiled() {
        // Work 4..7; the release date is unknown, so the benefit waits from day 7 to release (53 days,
        // onverwacht ontslag), and nobody signals the person to the gemeente: open after 13 weeks.
        OnePersonRun run = OnePersonRun.of().traced();
        ChainSimulation.FollowUp f = run.followUp(run.person().stay(60).sudden().need(Basisvoorwaarde.WERK_INKOMEN));
        assertEquals(List.of("2 MEETING_BOOKED PLAN - 7"), run.trace(CaseEvent.MEETING_BOOKED));
        assertEquals(List.of(
                "60 RELEASED - - ONVERWACHT_ONTSLAG 1",
                "7 STAGE GEMEENTE WERK_INKOMEN ONVERWACHT_ONTSLAG 53",
                "60 MISSED GEMEENTE WERK_INKOMEN ONVERWACHT_ONTSLAG 60",
                "151 FOLLOW_UP GEMEENTE WERK_INKOMEN ONVERWACHT_ONTSLAG 1"),
                run.trace().subList(run.trace().size() - 4, run.trace().size()));
        assertFalse(f.record().warmeOverdracht());
        assertEquals(53, f.record().daysLost()[Basisvoorwaarde.WERK_INKOMEN.ordinal()]
                [Knelpunt.ONVERWACHT_ONTSLAG.ordinal()], 0);
    }

    @Test
    void aDeclinedNeedWaitsForThePersonUntilRelease() {
        // Declined when detected at the intake (day 2): no registration; 28 days lost to the person.
        OnePersonRun run = OnePersonRun.of().traced();
        var person = run.person().stay(30);
        ReleaseRecord r = run.release(person.need(Basisvoorwaarde.SCHULDEN,
                person.draws(Basisvoorwaarde.SCHULDEN).declined().build()));
        assertEquals(List.of(
                "2 NEED_DETECTED CASEMANAGER SCHULDEN - 1",
                "2 NEED_DECLINED - SCHULDEN JUSTITIABELE -",
                "1 STAGE CASEMANAGER SCHULDEN KORT_VERBLIJF 1",
                "2 INTAKE_COMPLETE - - - 2",
                "2 MEETING_BOOKED PLAN - 7",
                "2 MEETING_BOOKED ALIGNMENT - 21",
                "7 MEETING_HELD PLAN CG",
                "21 MEETING_HELD ALIGNMENT CG",
                "21 WARME_OVERDRACHT - - - 1",
                "30 RELEASED - - - 0",
                "2 STAGE GEMEENTE SCHULDEN JUSTITIABELE 28",
                "30 MISSED GEMEENTE SCHULDEN JUSTITIABELE 30"), run.trace().subList(9, 21));
        assertEquals(Knelpunt.JUSTITIABELE, r.missed()[Basisvoorwaarde.SCHULDEN.ordinal()]);
        assertEquals(0, r.informationDue(), "a declined need is not due for information");
    }

    @Test
    void placedFarFromHomeTheGemeenteTravelsAndTheTaskWaitsForDistance() {
        // PI Ver (region 1, meetings on days 1, 8, ...) for a man from region 0: plan on day 8,
        // alignment due 16 held on 22. The gemeente's plan attendance (invited on day 3) costs 1 h +
        // 2 h travel; it comes after the receipt (3..4), 4..7, so the task (6 h) waits 4..7 and runs
        // 7..13; then 5 days distance, 2 days lead time, 3 days housing: arranged on day 23.
        OnePersonRun run = OnePersonRun.of().traced();
        var person = run.person().stay(30).prison(1);
        run.release(person.need(Basisvoorwaarde.ONDERDAK,
                person.draws(Basisvoorwaarde.ONDERDAK).distance(5).leadTime(2).external(3).build()));
        assertEquals("0 PLACED - - - 0", run.trace().get(1));
        assertEquals(List.of(
                "4 WORK_QUEUED GEMEENTE ONDERDAK - 6",
                "8 MEETING_HELD PLAN CG",
                "13 WORK_DONE GEMEENTE ONDERDAK - -",
                "4 STAGE GEMEENTE ONDERDAK CAPACITEIT_GEMEENTE 3",
                "7 STAGE GEMEENTE ONDERDAK KORT_VERBLIJF 6",
                "22 MEETING_HELD ALIGNMENT CG",
                "22 WARME_OVERDRACHT - - - 1",
                "30 RELEASED - - - 0",
                "13 STAGE GEMEENTE ONDERDAK REGIONALE_PLAATSING 5",
                "18 STAGE GEMEENTE ONDERDAK KORT_VERBLIJF 2",
                "20 STAGE GEMEENTE ONDERDAK EXTERNE_VOORZIENING 3",
                "23 ARRANGED GEMEENTE ONDERDAK - 23"), run.trace().subList(run.trace().size() - 12, run.trace().size()));
    }

    @Test
    void byVideoTheGemeenteDoesNotTravel() {
        // As above, but without the 2 h travel the attendance takes 4..5 and the task runs 5..11.
        OnePersonRun run = OnePersonRun.of().traced();
        run.release(run.person().stay(30).prison(1).video().need(Basisvoorwaarde.ONDERDAK));
        assertEquals(List.of("11 WORK_DONE GEMEENTE ONDERDAK - -"), run.trace(CaseEvent.WORK_DONE));
    }

    @Test
    void anIntakeThatDoesNotWaitForThePartnersIsCompleteWithTheCasemanagersPart() {
        // The gemeente is busy 0..10: its answer runs 10..11 and no longer holds up the intake (day 2).
        // Its plan attendance (queued behind the answer) is withdrawn on day 7: absent, so the task
        // it takes in on 11..12 has no owner until the alignment on day 21 (invited on 16), then 21..27.
        OnePersonRun run = OnePersonRun.of("process.intake_waits_for_partners=false").traced();
        run.occupy(Partner.GEMEENTE, 0, 10);
        ReleaseRecord r = run.release(run.person().stay(30).need(Basisvoorwaarde.ONDERDAK));
        assertEquals(2, r.intakeDays(), 0);
        assertFalse(r.gemeenteAtPlan());
        assertEquals(List.of(
                "7 MEETING_HELD PLAN C",
                "10 INTAKE_STARTED GEMEENTE - - 10",
                "11 INTAKE_DONE GEMEENTE - - 1",
                "12 INFORMATION_RECEIVED GEMEENTE ONDERDAK - -",
                "12 NO_OWNER GEMEENTE ONDERDAK ONDUIDELIJKE_REGIE -",
                "3 STAGE GEMEENTE ONDERDAK CAPACITEIT_GEMEENTE 8",
                "11 STAGE GEMEENTE ONDERDAK KORT_VERBLIJF 1",
                "21 MEETING_HELD ALIGNMENT CG",
                "21 WARME_OVERDRACHT - - - 1",
                "12 STAGE GEMEENTE ONDERDAK ONDUIDELIJKE_REGIE 9",
                "21 OWNED GEMEENTE ONDERDAK - 0",
                "21 WORK_QUEUED GEMEENTE ONDERDAK - 6",
                "27 WORK_DONE GEMEENTE ONDERDAK - -",
                "21 STAGE GEMEENTE ONDERDAK KORT_VERBLIJF 6",
                "30 RELEASED - - - 0",
                "27 ARRANGED GEMEENTE ONDERDAK - 27"), run.trace().subList(run.trace().size() - 16, run.trace().size()));
        assertEquals(List.of("0 STAGE CASEMANAGER ONDERDAK KORT_VERBLIJF 2"),
                run.trace(CaseEvent.STAGE).subList(0, 1), "the need waited on the casemanager's part only");
    }
}
