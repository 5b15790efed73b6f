package nl.ketensim.scenario;

/**
 * Run settings that belong to the scenario.
 *
 * @param warmupDays days simulated after initialisation before measurement starts (days)
 */
public record SimulationSettings(double warmupDays) { }
