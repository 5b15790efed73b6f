package nl.ketensim.scenario;

/**
 * A penitentiaire inrichting (PI) or huis van bewaring.
 *
 * @param name   unique name
 * @param region name of the region it lies in
 * @param places number of places (persons)
 * @param women  whether its places are for women (otherwise for men)
 */
public record Prison(String name, String region, int places, boolean women) { }
