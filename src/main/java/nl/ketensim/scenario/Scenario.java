package nl.ketensim.scenario;

import java.util.List;

/**
 * A fully resolved, validated and immutable scenario: everything one replication needs.
 * Built only by {@link ScenarioLoader}; the model reads it and never changes it.
 *
 * @param name           short identifier, used in output folder names
 * @param description    the policy question the scenario answers
 * @param population     inflow and the attributes of justitiabelen
 * @param needs          prevalence and handling of each basisvoorwaarde
 * @param regions        regions with their inflow shares (sum 1)
 * @param prisons        PI's with region, places and sex
 * @param placement      regional placement policy
 * @param staffing       the three staff pools
 * @param activities     hours each work-flow activity costs each partner
 * @param process        the norms of the werkstroomschema
 * @param cooperation    mechanistic cooperation parameters
 * @param external       external supply (housing, care)
 * @param aftercare      continuation of open work after release
 * @param detentiefasering re-integratieverlof and VI under the regime in force
 * @param simulation     run settings that belong to the scenario (warm-up)
 */
public record Scenario(
        String name,
        String description,
        Population population,
        Needs needs,
        List<Region> regions,
        List<Prison> prisons,
        Placement placement,
        Staffing staffing,
        Activities activities,
        ProcessNorms process,
        Cooperation cooperation,
        ExternalSupply external,
        Aftercare aftercare,
        Detentiefasering detentiefasering,
        SimulationSettings simulation) {

    public Scenario {
        regions = List.copyOf(regions);
        prisons = List.copyOf(prisons);
    }
}
