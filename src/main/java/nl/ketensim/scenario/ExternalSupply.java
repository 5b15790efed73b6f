package nl.ketensim.scenario;

/**
 * External supply no chain partner controls.
 *
 * @param housingWaitDaysMean mean wait for a housing or shelter place (days, exponential)
 * @param careWaitDaysMean    mean wait for a care place (days, exponential)
 */
public record ExternalSupply(double housingWaitDaysMean, double careWaitDaysMean) { }
