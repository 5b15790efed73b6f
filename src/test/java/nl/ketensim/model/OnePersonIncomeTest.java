package nl.ketensim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.ketensim.domain.Basisvoorwaarde;
import org.junit.jupiter.api.Test;

/**
 * Exact tests of the source of income before detention and 4 weeks after release
 * ({@link IncomeSource}) in the deterministic world of {@link OnePersonRun}: one server per pool at
 * 1 hour per day, the gemeente's benefit work 3 hours, filed at the earliest 28 days before a known
 * release; follow-up 91 days, the status after release taken at +28 days.
 */
class OnePersonIncomeTest {

    private static final Basisvoorwaarde INCOME = Basisvoorwaarde.WERK_INKOMEN;

    private static ChainSimulation.Income income(ChainSimulation.FollowUp f) {
        return f.income();
    }

    @Test
    void aJobKeptThroughTheStayIsWorkBeforeAndAfter() {
        // No income need at all: the job outlasted the stay (or the stay was shorter than the weeks
        // after which it is lost).
        OnePersonRun run = OnePersonRun.of();
        var f = run.followUp(run.person().stay(60));
        assertEquals(new ChainSimulation.Income(IncomeSource.WORK, IncomeSource.WORK), income(f));
    }

    @Test
    void aJobLostInDetentionIsABenefitOnceTheGemeenteArrangesIt() {
        // The job is lost on day 20, reported on day 21 and detected then; the gemeente works 3 h; the
        // benefit is filed on 100 - 28 = 72, before release: a benefit after release, work before.
        OnePersonRun run = OnePersonRun.of().traced();
        var person = run.person().stay(100);
        var f = run.followUp(person.need(INCOME, person.draws(INCOME).arises(20, 1).build()));
        assertEquals(List.of("72 ARRANGED GEMEENTE WERK_INKOMEN - 52"), run.trace(CaseEvent.ARRANGED));
        assertTrue(f.record().arose()[INCOME.ordinal()]);
        assertEquals(new ChainSimulation.Income(IncomeSource.WORK, IncomeSource.BENEFIT), income(f));
    }

    @Test
    void aBenefitStoppedOnAdmissionAndLeftUnfiledIsNoIncomeAfterRelease() {
        // Bijstand stops on admission (day 0); the release is sudden, so the benefit cannot be filed,
        // and nobody signals the person to the gemeente: still open at +4 weeks.
        OnePersonRun run = OnePersonRun.of();
        var person = run.person().stay(60).sudden();
        var f = run.followUp(person.need(INCOME, person.draws(INCOME).arises(0, 0).build()));
        assertTrue(f.openAt4w()[INCOME.ordinal()]);
        assertEquals(new ChainSimulation.Income(IncomeSource.BENEFIT, IncomeSource.NONE), income(f));
    }

    @Test
    void noIncomeBeforeDetentionBecomesABenefitWhenThePersonAsksInTime() {
        // Without income before detention; sudden release on day 60, the person asks the gemeente for
        // help 10 days later (day 70): intake 1 h (70..71), the benefit 3 h (71..74), before +4 weeks
        // (day 88).
        OnePersonRun run = OnePersonRun.of().traced();
        var person = run.person().stay(60).sudden().selfReport(10);
        var f = run.followUp(person.need(INCOME, person.draws(INCOME).asksForHelp().build()));
        assertFalse(f.openAt4w()[INCOME.ordinal()]);
        assertEquals(new ChainSimulation.Income(IncomeSource.NONE, IncomeSource.BENEFIT), income(f));
    }

    @Test
    void theSameLateAskIsNoIncomeAtFourWeeks() {
        // As above, asking 30 days after release (day 90): arranged on day 94, after +4 weeks (day 88).
        OnePersonRun run = OnePersonRun.of();
        var person = run.person().stay(60).sudden().selfReport(30);
        var f = run.followUp(person.need(INCOME, person.draws(INCOME).asksForHelp().build()));
        assertTrue(f.openAt4w()[INCOME.ordinal()]);
        assertFalse(f.openAt13w()[INCOME.ordinal()]);
        assertEquals(new ChainSimulation.Income(IncomeSource.NONE, IncomeSource.NONE), income(f));
    }

    @Test
    void theSourceBeforeDetentionFollowsTheIncomeNeedsDraws() {
        OnePersonRun run = OnePersonRun.of();
        var draws = run.person().draws(INCOME);
        assertEquals(IncomeSource.WORK, IncomeSource.beforeDetention(NeedDraws.ABSENT), "kept");
        assertEquals(IncomeSource.NONE, IncomeSource.beforeDetention(draws.build()), "had the need before");
        assertEquals(IncomeSource.BENEFIT, IncomeSource.beforeDetention(draws.arises(0, 5).build()), "on admission");
        assertEquals(IncomeSource.WORK, IncomeSource.beforeDetention(draws.arises(28, 5).build()), "job lost");
    }

    /** Baseline 0.4, a benefit 2 and no income 3 against work: recidive 1 - 0.6^HR, known by hand. */
    private static OnePersonRun recidiveWorld() {
        return OnePersonRun.of("aftercare.recidive.baseline_2y=0.4", "aftercare.recidive.income_hazard_ratio.benefit=2",
                "aftercare.recidive.income_hazard_ratio.none=3");
    }

    @Test
    void recidiveFollowsTheSourceOfIncomeAtFourWeeks() {
        // Work (the job kept): the baseline 0.4. A benefit (the lost job's benefit filed before
        // release): 1 - 0.6^2 = 0.64. No income (unfiled after a sudden release): 1 - 0.6^3 = 0.784.
        OnePersonRun work = recidiveWorld();
        assertEquals(0.4, work.followUp(work.person().stay(60)).recidive(), 1e-12);
        OnePersonRun benefit = recidiveWorld();
        var onBenefit = benefit.person().stay(100);
        var f = benefit.followUp(onBenefit.need(INCOME, onBenefit.draws(INCOME).arises(20, 1).build()));
        assertEquals(IncomeSource.BENEFIT, f.income().after4w());
        assertEquals(0.64, f.recidive(), 1e-12);
        OnePersonRun none = recidiveWorld();
        var withoutIncome = none.person().stay(60).sudden();
        var g = none.followUp(withoutIncome.need(INCOME, withoutIncome.draws(INCOME).arises(0, 0).build()));
        assertEquals(IncomeSource.NONE, g.income().after4w());
        assertEquals(0.784, g.recidive(), 1e-12);
    }

    @Test
    void noIncomeMultipliesWithWhatElseIsMissing() {
        // No income (3) and no address (onderdak 1.5) at +4 weeks: 1 - 0.6^4.5.
        OnePersonRun run = OnePersonRun.of("aftercare.recidive.baseline_2y=0.4",
                "aftercare.recidive.income_hazard_ratio.none=3", "aftercare.recidive.hazard_ratio.onderdak=1.5");
        var person = run.person().stay(60).sudden();
        var f = run.followUp(person.need(INCOME, person.draws(INCOME).arises(0, 0).build())
                .need(Basisvoorwaarde.ONDERDAK, person.draws(Basisvoorwaarde.ONDERDAK).arises(59, 100).build()));
        assertTrue(f.openAt4w()[Basisvoorwaarde.ONDERDAK.ordinal()]);
        assertEquals(1 - Math.pow(0.6, 4.5), f.recidive(), 1e-12);
    }
}
