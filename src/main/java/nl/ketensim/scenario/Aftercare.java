package nl.ketensim.scenario;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import nl.ketensim.domain.Basisvoorwaarde;

/**
 * Nazorg after release and the indicative recidive that follows from it.
 *
 * @param followUpDays            nazorg on needs open at release lasts this long, and the last
 *                                status is measured then (days)
 * @param selfReportProbability   without a warme overdracht, chance (0..1) that the person asks the
 *                                gemeente for help on a need still open at release (a choice, per need)
 * @param selfReportDaysMean      mean days (exponential) after release until a person who asks does so
 *                                (days)
 * @param toezichtSignalProbability without a warme overdracht, chance (0..1) that the reclassering,
 *                                supervising the person, passes the case on to the gemeente (as staff work)
 * @param recidive                the indicative two-year recidive model
 */
public record Aftercare(double followUpDays, double selfReportProbability, double selfReportDaysMean,
                        double toezichtSignalProbability, Recidive recidive) {

    /**
     * Indicative two-year recidive, a proportional-hazards model: a person with the basisvoorwaarden
     * in {@code M} still missing 4 weeks after release reoffends within 2 years with probability
     * {@code 1 - (1 - baseline2y)^(HR(income) x prod over M of hazard ratio)}. Income enters by its
     * source at +4 weeks, not as one missing basisvoorwaarde: the reference is work (ratio 1), with
     * a ratio for living on a benefit and one for having no income.
     *
     * @param baseline2y         two-year recidive probability (0..1) of a person missing none, with work
     * @param hazardRatios       hazard ratio (&gt; 0) of missing each basisvoorwaarde but
     *                           {@code werk_inkomen}
     * @param benefitHazardRatio hazard ratio (&gt; 0) of living on a benefit, against work
     * @param noIncomeHazardRatio hazard ratio (&gt; 0) of having no income, against work
     */
    public record Recidive(double baseline2y, Map<Basisvoorwaarde, Double> hazardRatios,
                           double benefitHazardRatio, double noIncomeHazardRatio) {
        /** The basisvoorwaarden with a hazard ratio of their own when missing: all but {@code werk_inkomen}. */
        public static final List<Basisvoorwaarde> RATIO_DOMAINS = Arrays.stream(Basisvoorwaarde.values())
                .filter(b -> b != Basisvoorwaarde.WERK_INKOMEN).toList();

        public Recidive {
            hazardRatios = Map.copyOf(hazardRatios);
            if (hazardRatios.containsKey(Basisvoorwaarde.WERK_INKOMEN)) {
                throw new IllegalArgumentException("werk_inkomen enters by its income source, not by a ratio of its own");
            }
        }

        /** The hazard ratio of missing {@code b}; 1 for {@code werk_inkomen}, which enters by its source. */
        public double hazardRatio(Basisvoorwaarde b) {
            return b == Basisvoorwaarde.WERK_INKOMEN ? 1.0 : hazardRatios.get(b);
        }
    }
}
