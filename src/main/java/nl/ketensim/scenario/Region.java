package nl.ketensim.scenario;

/**
 * A region: the gemeenten and reclassering units of one part of the country.
 *
 * @param name        unique name, referenced by PI's
 * @param inflowShare share of admissions whose home is in this region (0..1; all regions sum to 1)
 * @param xKm         east coordinate of its population centre (km, Rijksdriehoekscoordinaten)
 * @param yKm         north coordinate of its population centre (km, Rijksdriehoekscoordinaten)
 */
public record Region(String name, double inflowShare, double xKm, double yKm) {

    /** Straight-line distance between the population centres of two regions (km). */
    public double distanceKm(Region other) {
        return Math.hypot(xKm - other.xKm, yKm - other.yKm);
    }
}
