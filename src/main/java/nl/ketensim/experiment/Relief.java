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
            List.of("population.sudden_release_share_schorsing=0", "population.sudden_release_share_trial=0",
                    "population.sudden_release_share_sentenced=0")),
    CAPACITEIT_CASEMANAGER(Knelpunt.CAPACITEIT_CASEMANAGER,
            "casemanagers serve every item at once: no queue, no backlog, no time pressure, and no intake or"
                    + " meeting waits for an absent casemanager",
            List.of("staffing.casemanager.unlimited=true", "staffing.casemanager_absence.share=0")),
    CAPACITEIT_GEMEENTE(Knelpunt.CAPACITEIT_GEMEENTE,
            "gemeente staff serve every item at once: no queue, no backlog, no time pressure",
            List.of("staffing.gemeente.unlimited=true")),
    CAPACITEIT_RECLASSERING(Knelpunt.CAPACITEIT_RECLASSERING,
            "reclassering advisers serve every item at once: no queue, no backlog, no time pressure",
            List.of("staffing.reclassering.unlimited=true")),
    INFORMATIEDELING(Knelpunt.INFORMATIEDELING,
            "every need is detected at intake whatever the time given, and no registered information is lost",
            List.of("cooperation.detection_probability=1", "cooperation.detection_probability_lvb=1",
                    "cooperation.detection_time_elasticity=0", "cooperation.information_loss_probability=0")),
    ONDUIDELIJKE_REGIE(Knelpunt.ONDUIDELIJKE_REGIE,
            "every task has an owner: a lead partner absent from the plan keeps its tasks, and no residual stall",
            List.of("cooperation.regie_clarity=1", "cooperation.absent_lead_loses_regie=false")),
    REGIONALE_PLAATSING(Knelpunt.REGIONALE_PLAATSING,
            "everyone counts as placed in the home region: distance costs neither time nor travel,"
                    + " while places and casemanager work per PI stay as they are",
            List.of("placement.always_home_region=true", "placement.distance_delay_days_mean=0",
                    "cooperation.distant_travel_hours=0")),
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
