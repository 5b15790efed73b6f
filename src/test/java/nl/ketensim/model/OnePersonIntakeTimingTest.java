package nl.ketensim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import nl.ketensim.domain.Basisvoorwaarde;
import nl.ketensim.domain.Knelpunt;
import org.junit.jupiter.api.Test;

/**
 * Exact tests of what makes intakes and plans late (issue 9): the person's own casemanager away
 * (leave, sick leave) and the plan meeting booked once the partners have the screening. In the
 * deterministic world of {@link OnePersonRun}: one server per pool at 1 hour per day, the PI
 * meeting on days 0, 7, 14, ..., invitations 5 days ahead. With an absence share of 0.1 and
 * episodes of 14 days the casemanager is away 14 days in every 140; the person's draw d puts the
 * casemanager d × 140 days into that cycle at admission (day 0).
 */
class OnePersonIntakeTimingTest {

    private static final String SHARE = "staffing.casemanager_absence.share=0.1";
    private static final String EPISODE = "staffing.casemanager_absence.episode_days=14";
    private static final int ONDERDAK = Basisvoorwaarde.ONDERDAK.ordinal();

    @Test
    void theIntakeWaitsUntilTheCasemanagerIsBack() {
        // Draw 0.05: 7 days into an absence of 14, back on day 7. Intake: casemanager 2 h (7..9),
        // gemeente answer 1 h (7..8): complete on day 9; plan at the first meeting on or after 14.
        OnePersonRun run = OnePersonRun.of(SHARE, EPISODE);
        ReleaseRecord r = run.release(run.person().stay(60).absenceDraw(0.05));
        assertEquals(9, r.intakeDays(), 1e-9);
        assertEquals(14, r.planDays(), 1e-9);
    }

    @Test
    void daysWaitingForAnAbsentCasemanagerAreItsCapacity() {
        // Back on day 7, released on day 8: the need waits for the casemanager 0..7, then for the
        // intake in service 7..8.
        OnePersonRun run = OnePersonRun.of(SHARE, EPISODE);
        ReleaseRecord r = run.release(run.person().stay(8).absenceDraw(0.05).need(Basisvoorwaarde.ONDERDAK));
        assertEquals(Knelpunt.KORT_VERBLIJF, r.missed()[ONDERDAK]);
        double[] lost = r.daysLost()[ONDERDAK];
        assertEquals(7, lost[Knelpunt.CAPACITEIT_CASEMANAGER.ordinal()], 1e-9);
        assertEquals(1, lost[Knelpunt.KORT_VERBLIJF.ordinal()], 1e-9);
        assertEquals(8, Arrays.stream(lost).sum(), 1e-9);
    }

    @Test
    void noMeetingIsBookedWhileTheCasemanagerIsAway() {
        // Draw 135/140: present at admission, away on days 5..19. Intake done on day 2; the first
        // meeting after the notice (day 7) falls in the absence: the plan is booked for day 21.
        OnePersonRun run = OnePersonRun.of(SHARE, EPISODE);
        ReleaseRecord r = run.release(run.person().stay(60).absenceDraw(135.0 / 140.0));
        assertEquals(2, r.intakeDays(), 1e-9);
        assertEquals(21, r.planDays(), 1e-9);
    }

    @Test
    void withoutAbsenceTheCasemanagerIsAlwaysThere() {
        OnePersonRun run = OnePersonRun.of("staffing.casemanager_absence.share=0", EPISODE);
        ReleaseRecord r = run.release(run.person().stay(60).absenceDraw(0.05));
        assertEquals(2, r.intakeDays(), 1e-9);
        assertEquals(7, r.planDays(), 1e-9);
    }

    @Test
    void thePlanIsBookedOnceThePartnersHaveTakenInTheScreening() {
        // Intake done on day 2; the casemanager registers the screening (1 h: 2..3), the gemeente
        // takes it in (3..4): the plan is booked on day 4 for the first meeting on or after 9: day 14.
        OnePersonRun run = OnePersonRun.of("process.plan_when_partners_informed=true");
        ReleaseRecord r = run.release(run.person().stay(60).need(Basisvoorwaarde.ONDERDAK));
        assertEquals(2, r.intakeDays(), 1e-9);
        assertEquals(14, r.planDays(), 1e-9);
        assertTrue(r.gemeenteAtPlan());
        assertEquals(1, r.informationOnTime());
    }

    @Test
    void withNothingToShareThePlanIsBookedWhenTheIntakeIsDone() {
        // No need for gemeente or reclassering: nothing to register, so booked on day 2 for day 7.
        OnePersonRun run = OnePersonRun.of("process.plan_when_partners_informed=true");
        ReleaseRecord r = run.release(run.person().stay(60));
        assertEquals(7, r.planDays(), 1e-9);
        assertFalse(Double.isNaN(r.planDays()));
    }

    @Test
    void withoutTheRuleThePlanIsBookedWhenTheIntakeIsDone() {
        OnePersonRun run = OnePersonRun.of("process.plan_when_partners_informed=false");
        ReleaseRecord r = run.release(run.person().stay(60).need(Basisvoorwaarde.ONDERDAK));
        assertEquals(7, r.planDays(), 1e-9);
    }
}
