package nl.ketensim.scenario;

import java.util.List;

/**
 * Inflow and attributes of justitiabelen.
 *
 * @param inflowPerYear            admissions per year (persons/year); equals releases in steady state
 * @param stayDays                 length-of-stay histogram, bins in days, shares sum to 1
 * @param womenShare               share of admissions that are women (0..1)
 * @param ageBands                 age bands with shares summing to 1
 * @param hvbShare                 share of admissions entering in voorlopige hechtenis (HvB) (0..1)
 * @param suddenReleaseShareHvb    share of HvB admissions whose release comes suddenly (0..1)
 * @param suddenReleaseShareSentenced share of sentenced admissions released suddenly (0..1)
 * @param lvbShare                 share with a licht verstandelijke beperking (0..1)
 * @param toezichtShare            share with reclassering supervision after release (0..1)
 * @param declineProbability       probability that the justitiabele declines help on a need (0..1)
 */
public record Population(
        double inflowPerYear,
        List<StayBin> stayDays,
        double womenShare,
        List<AgeBand> ageBands,
        double hvbShare,
        double suddenReleaseShareHvb,
        double suddenReleaseShareSentenced,
        double lvbShare,
        double toezichtShare,
        double declineProbability) {

    public Population {
        stayDays = List.copyOf(stayDays);
        ageBands = List.copyOf(ageBands);
    }

    /** One bin of the stay histogram: stays uniform in [fromDays, toDays) with the given share. */
    public record StayBin(double fromDays, double toDays, double share) { }

    /** An age band label (e.g. {@code 23-45}) and its share of admissions. */
    public record AgeBand(String label, double share) { }
}
