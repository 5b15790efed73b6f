package nl.ketensim.scenario;

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
     * {@code 1 - (1 - baseline2y)^(prod over M of hazard ratio)}.
     *
     * @param baseline2y   two-year recidive probability (0..1) of a person missing none
     * @param hazardRatios hazard ratio (&gt; 0) of missing each basisvoorwaarde
     */
    public record Recidive(double baseline2y, Map<Basisvoorwaarde, Double> hazardRatios) {
        public Recidive {
            hazardRatios = Map.copyOf(hazardRatios);
        }

        /** The hazard ratio of missing {@code b}. */
        public double hazardRatio(Basisvoorwaarde b) {
            return hazardRatios.get(b);
        }
    }
}
