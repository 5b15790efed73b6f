package nl.ketensim.scenario;

import java.util.Map;
import nl.ketensim.domain.Basisvoorwaarde;

/**
 * Needs on the basisvoorwaarden and how each is arranged.
 *
 * @param correlation     correlation (0..1) of the latent one-factor Gaussian copula that makes needs
 *                        co-occur (people without housing often lack income too)
 * @param lvbHoursFactor  multiplier (>= 1) on task hours for people with LVB
 * @param reportDaysMean  mean time (days, exponential) until a person reports a need that arose
 *                        during detention to the casemanager, unless an MDO detects it first
 * @param domains         one specification per basisvoorwaarde, all six present
 */
public record Needs(double correlation, double lvbHoursFactor, double reportDaysMean,
                    Map<Basisvoorwaarde, NeedSpec> domains) {

    public Needs {
        domains = Map.copyOf(domains);
    }

    /** The specification of one basisvoorwaarde. */
    public NeedSpec of(Basisvoorwaarde b) {
        return domains.get(b);
    }
}
