package nl.ketensim.scenario;

/**
 * Where justitiabelen are placed. Placement itself follows from the places free at admission (see
 * the model's placement rule); these are the parameters around it.
 *
 * @param nationalRegimeShare   share (0..1) of admissions placed by a national regime or specialised
 *                              unit: in any suitable PI with room, whatever the home region
 * @param alwaysHomeRegion      counterfactual switch: everyone counts as placed in the home region
 *                              (no distance effects); places are taken as without it
 * @param distanceDelayDaysMean extra delay of in-person gemeente tasks when placed outside the home
 *                              region (days, mean of an exponential)
 */
public record Placement(double nationalRegimeShare, boolean alwaysHomeRegion, double distanceDelayDaysMean) { }
