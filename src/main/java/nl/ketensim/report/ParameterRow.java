package nl.ketensim.report;

/**
 * One row of {@code scenario_parameters.csv}: a resolved scenario parameter.
 *
 * @param path   parameter path, e.g. {@code staffing.casemanager.fte}
 * @param value  the resolved value as text
 * @param unit   its unit, e.g. {@code FTE}; may be empty
 * @param origin where it was set: {@code file:line:column} or {@code --set path=value}
 * @param source the source comment written beside it in the scenario file; may be empty
 */
public record ParameterRow(String path, String value, String unit, String origin, String source) { }
