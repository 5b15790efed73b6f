package nl.ketensim.scenario;

/**
 * Where justitiabelen are placed.
 *
 * @param homeRegionShare       probability (0..1) of placement in a PI of the home region when one
 *                              with suitable places exists (regionale plaatsing)
 * @param distanceDelayDaysMean extra delay of in-person gemeente tasks when placed outside the home
 *                              region (days, mean of an exponential)
 */
public record Placement(double homeRegionShare, double distanceDelayDaysMean) { }
