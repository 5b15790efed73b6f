/**
 * Scenario files: the parameter definition table ({@link nl.ketensim.scenario.ParameterCatalog}),
 * the staged loader ({@link nl.ketensim.scenario.ScenarioLoader}) and the immutable records
 * ({@link nl.ketensim.scenario.Scenario} and its parts) the model reads.
 */
package nl.ketensim.scenario;
