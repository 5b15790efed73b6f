/**
 * The scenario parameter reference page ({@code scenarios/README.md}), generated from
 * {@link nl.ketensim.scenario.ParameterCatalog}, the values and source comments of
 * {@code scenarios/basis.yaml} and the shipped scenario files, so it cannot drift from what the
 * loader accepts.
 */
package nl.ketensim.reference;
