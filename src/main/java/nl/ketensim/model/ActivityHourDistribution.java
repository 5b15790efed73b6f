package nl.ketensim.model;

import nl.ketensim.domain.Partner;
import nl.ketensim.scenario.Scenario;

/**
 * The staff hours one partner spends on one {@link Activity} of a person: log-normal around the
 * scenario's mean (hours), times {@code needs.lvb_hours_factor} for a person with LVB, with the
 * spread {@code activities.hours_cv}. Turns the uniform drawn at admission into hours.
 */
final class ActivityHourDistribution {

    /** Number of activity and partner pairs, the length of a person's hour table. */
    static final int PAIRS = Activity.values().length * Partner.values().length;
    private static final int PARTNERS = Partner.values().length;

    private final double[] means = new double[PAIRS];
    private final double[] lvbMeans = new double[PAIRS];
    private final Variates.LogNormalSpread spread;

    ActivityHourDistribution(Scenario scenario) {
        double factor = scenario.needs().lvbHoursFactor();
        for (Activity activity : Activity.values()) {
            var mean = activity.meanHours(scenario.activities());
            for (Partner partner : Partner.values()) {
                int pair = index(activity, partner);
                means[pair] = mean.of(partner);
                lvbMeans[pair] = mean.of(partner) * factor;
            }
        }
        this.spread = new Variates.LogNormalSpread(scenario.activities().hoursCv());
    }

    /** Position of an activity and partner in a person's hour table. */
    static int index(Activity activity, Partner partner) {
        return activity.ordinal() * PARTNERS + partner.ordinal();
    }

    /**
     * The hours of one pair for one person (hours).
     *
     * @param pair    {@link #index} of the activity and partner
     * @param lvb     the person has a licht verstandelijke beperking
     * @param uniform the person's uniform (0..1) for this pair
     */
    double hours(int pair, boolean lvb, double uniform) {
        return spread.sample((lvb ? lvbMeans : means)[pair], uniform);
    }
}
