package nl.ketensim.results;

/**
 * The scenario values a label may quote, e.g. a norm in days, by parameter path (as in
 * {@code scenario_parameters.csv}).
 */
@FunctionalInterface
public interface ScenarioValues {

    /** No scenario at hand: every quoted value shows as {@code ?}. */
    ScenarioValues NONE = path -> null;

    /** The value at {@code path} as written, or {@code null} when unknown. */
    String value(String path);
}
