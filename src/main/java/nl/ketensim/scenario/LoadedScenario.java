package nl.ketensim.scenario;

import java.util.Map;

/**
 * A loaded scenario with the origin of every parameter value.
 *
 * @param scenario the validated scenario
 * @param origins  by concrete field path ({@code staffing.casemanager.fte}, {@code regions[2].name}):
 *                 where the value was set, {@code file:line:column} or {@code --set path=value};
 *                 a relative value ({@code +20%}) has the origin of where it was written
 */
public record LoadedScenario(Scenario scenario, Map<String, String> origins) {

    public LoadedScenario {
        origins = Map.copyOf(origins);
    }
}
