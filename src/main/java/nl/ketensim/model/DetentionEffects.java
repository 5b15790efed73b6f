package nl.ketensim.model;

import nl.ketensim.scenario.NeedSpec;

/**
 * How detention creates a need in a person who did not have it before admission (README, "Needs
 * that change during detention"): on admission (a benefit stops), after a stay of some length (a
 * job or a rented home is lost) or by a constant hazard during the stay (an ID expires, debts grow).
 * The need arises at the earliest route that applies.
 */
final class DetentionEffects {

    private static final double DAYS_PER_YEAR = 365.0;

    private DetentionEffects() { }

    /**
     * Days after admission at which detention creates the need, or infinity when it does not.
     *
     * @param arising    the routes of this basisvoorwaarde
     * @param admission  uniform (0..1) deciding the route on admission
     * @param delayed    uniform (0..1) deciding the delayed route
     * @param hazard     uniform (0..1) giving the time of the hazard route by inverse transform
     */
    static double onsetDays(NeedSpec.Arising arising, double admission, double delayed, double hazard) {
        double onset = Double.POSITIVE_INFINITY;
        if (admission < arising.atAdmission()) {
            return 0.0;
        }
        if (delayed < arising.afterProbability()) {
            onset = arising.afterDays();
        }
        if (arising.perYear() > 0) {
            onset = Math.min(onset, Variates.exponential(DAYS_PER_YEAR / arising.perYear(), hazard));
        }
        return onset;
    }
}
