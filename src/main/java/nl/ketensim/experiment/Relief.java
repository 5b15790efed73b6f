package nl.ketensim.experiment;

import java.util.ArrayList;
import java.util.List;
import nl.ketensim.domain.Basisvoorwaarde;
import nl.ketensim.domain.Knelpunt;

/**
 * The one place that says how each knelpunt is relieved in the counterfactual attribution: a
 * list of {@code --set} overrides applied on top of the analysed scenario, with a one-line
 * rationale. A relief removes the knelpunt as a cause and changes nothing else; the scenario's
 * other parameters stay as they are.
 */
public enum Relief {
    KORT_VERBLIJF(Knelpunt.KORT_VERBLIJF,
            "time itself is not the constraint: agencies process every need at once (no lead times)",
            leadTimesZero()),
    ONVERWACHT_ONTSLAG(Knelpunt.ONVERWACHT_ONTSLAG,
            "every release date is known in advance",
            List.of("population.sudden_release_share_hvb=0", "population.sudden_release_share_sentenced=0")),
    CAPACITEIT_CASEMANAGER(Knelpunt.CAPACITEIT_CASEMANAGER,
            "casemanagers take up every item at once: no queue, no wait",
            List.of("staffing.casemanager.unlimited=true")),
    CAPACITEIT_GEMEENTE(Knelpunt.CAPACITEIT_GEMEENTE,
            "gemeente staff take up every item at once: no queue, no wait",
            List.of("staffing.gemeente.unlimited=true")),
    CAPACITEIT_RECLASSERING(Knelpunt.CAPACITEIT_RECLASSERING,
            "reclassering advisers take up every item at once: no queue, no wait",
            List.of("staffing.reclassering.unlimited=true")),
    INFORMATIEDELING(Knelpunt.INFORMATIEDELING,
            "every need is detected and reaches the partner who acts on it at once",
            List.of("cooperation.detection_probability=1", "cooperation.detection_probability_lvb=1",
                    "cooperation.information_sharing_probability=1", "cooperation.information_delay_days_mean=0")),
    ONDUIDELIJKE_REGIE(Knelpunt.ONDUIDELIJKE_REGIE,
            "every D&R-plan names a clear owner for each task",
            List.of("cooperation.regie_clarity=1")),
    REGIONALE_PLAATSING(Knelpunt.REGIONALE_PLAATSING,
            "everyone counts as placed in the home region: distance costs neither time nor participation,"
                    + " while places and casemanager work per PI stay as they are",
            List.of("placement.always_home_region=true", "placement.distance_delay_days_mean=0",
                    "placement.distant_participation_factor=1")),
    EXTERNE_VOORZIENING(Knelpunt.EXTERNE_VOORZIENING,
            "enough housing and care supply: no external waiting time",
            List.of("external.housing_wait_days_mean=0", "external.care_wait_days_mean=0")),
    JUSTITIABELE(Knelpunt.JUSTITIABELE,
            "every justitiabele accepts help on every need",
            List.of("population.decline_probability=0"));

    private final Knelpunt knelpunt;
    private final String rationale;
    private final List<String> overrides;

    Relief(Knelpunt knelpunt, String rationale, List<String> overrides) {
        this.knelpunt = knelpunt;
        this.rationale = rationale;
        this.overrides = List.copyOf(overrides);
    }

    /** The knelpunt this relief removes. */
    public Knelpunt knelpunt() {
        return knelpunt;
    }

    /** Why these overrides relieve the knelpunt, in one line. */
    public String rationale() {
        return rationale;
    }

    /** The {@code PATH=VALUE} overrides, applied after the user's own {@code --set}s. */
    public List<String> overrides() {
        return overrides;
    }

    /** The relief of {@code knelpunt}. */
    public static Relief of(Knelpunt knelpunt) {
        for (Relief r : values()) {
            if (r.knelpunt == knelpunt) {
                return r;
            }
        }
        throw new IllegalArgumentException("no relief for " + knelpunt);
    }

    private static List<String> leadTimesZero() {
        List<String> list = new ArrayList<>();
        for (Basisvoorwaarde b : Basisvoorwaarde.values()) {
            list.add("needs." + b.key() + ".lead_time_days=0");
        }
        return list;
    }
}
