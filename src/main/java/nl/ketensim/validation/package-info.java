/**
 * Validation against published figures: the figures the basis scenario is held against
 * ({@code scenarios/validation/published.yaml}), read with their positions, and the verdict of a
 * run's 95% intervals against each published range.
 */
package nl.ketensim.validation;
