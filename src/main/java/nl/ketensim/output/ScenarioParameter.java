package nl.ketensim.output;

/**
 * One resolved scenario parameter, for {@code scenario_parameters.csv}.
 *
 * @param path   concrete parameter path, e.g. {@code population.stay_days[2].share}
 * @param value  the resolved value as text (a relative value such as {@code +25%} is applied)
 * @param unit   the catalog unit, e.g. {@code days}; empty for text parameters
 * @param origin where the value was set: {@code file:line:column} or {@code --set path=value}
 * @param source the comment beside the value in the scenario file; when the value's own line has
 *               none, the comment of the nearest enclosing key, prefixed with {@code ↑ }
 */
public record ScenarioParameter(String path, String value, String unit, String origin, String source) { }
