package nl.ketensim.scenario;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A loaded scenario with every parameter value by field path and the origin of each.
 *
 * @param scenario the validated scenario
 * @param values   by concrete field path ({@code staffing.casemanager.fte}, {@code regions[2].name}),
 *                 in the order of {@link ParameterCatalog} with list items in file order: the
 *                 validated value as {@code Double}, {@code Integer}, {@code Boolean} or {@code String}
 *                 (relative values already applied)
 * @param origins  by the same paths, in the same order: where the value was set,
 *                 {@code file:line:column} or {@code --set path=value}; a relative value
 *                 ({@code +20%}) has the origin of where it was written
 */
public record LoadedScenario(Scenario scenario, Map<String, Object> values, Map<String, String> origins) {

    public LoadedScenario {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        origins = Collections.unmodifiableMap(new LinkedHashMap<>(origins));
    }
}
