package nl.ketensim.model;

import nl.ketensim.scenario.Aftercare;

/**
 * Where a person's money comes from outside (README, "Work and income"): work (a wage), a benefit,
 * or nothing. The model's need {@code werk_inkomen} is income, which a benefit also gives; this
 * tells the two apart from the need's draws and its status, without further chances:
 *
 * <ul>
 *   <li>before detention: no income when the person had the need before detention
 *       ({@code needs.werk_inkomen.prevalence}); a benefit when detention created the need on
 *       admission (bijstand stops, {@code arising.at_admission}); otherwise work, whether the job was
 *       lost during the stay ({@code arising.after_days}, {@code after_probability}) or kept;</li>
 *   <li>after release: work when the job was kept through the stay (detention created no income
 *       need); a benefit when the income need was arranged by then (the gemeente's task is the
 *       benefit application under the Participatiewet; none is arranged as work); nothing while the
 *       need is open.</li>
 * </ul>
 */
enum IncomeSource {
    WORK, BENEFIT, NONE;

    /**
     * The source just before detention, from the draws of the person's {@code werk_inkomen} need. A
     * need created on day 0 counts as a benefit stopped on admission (with {@code after_days} 0 a job
     * lost that day would count so too).
     */
    static IncomeSource beforeDetention(NeedDraws werkInkomen) {
        if (!werkInkomen.present()) {
            return WORK;
        }
        if (!werkInkomen.arisesInDetention()) {
            return NONE;
        }
        return werkInkomen.onsetDays() == 0 ? BENEFIT : WORK;
    }

    /**
     * The source at a moment after release.
     *
     * @param incomeNeed the person had the {@code werk_inkomen} need at release (arranged before or not)
     * @param open       that need was still open at the moment
     */
    static IncomeSource afterRelease(boolean incomeNeed, boolean open) {
        if (!incomeNeed) {
            return WORK;
        }
        return open ? NONE : BENEFIT;
    }

    /** The hazard ratio of indicative recidive for this source at +4 weeks; work is the reference (1). */
    double hazardRatio(Aftercare.Recidive recidive) {
        return switch (this) {
            case WORK -> 1.0;
            case BENEFIT -> recidive.benefitHazardRatio();
            case NONE -> recidive.noIncomeHazardRatio();
        };
    }
}
