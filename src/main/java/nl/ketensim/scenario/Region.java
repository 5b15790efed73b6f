package nl.ketensim.scenario;

/**
 * A region: the gemeenten and reclassering units of one part of the country.
 *
 * @param name        unique name, referenced by PI's
 * @param inflowShare share of admissions whose home is in this region (0..1; all regions sum to 1)
 */
public record Region(String name, double inflowShare) { }
