package nl.ketensim.scenario;

import java.util.List;

/**
 * Inflow and attributes of justitiabelen.
 *
 * @param inflowPerYear            admissions per year (persons/year); equals releases in steady state
 * @param stayDays                 histogram of a sentence served (days): the stay of those sentenced at
 *                                 admission, and the remainder after conviction from voorlopige hechtenis;
 *                                 shares sum to 1
 * @param womenShare               share of admissions that are women (0..1)
 * @param ageBands                 age bands with shares summing to 1
 * @param hvbShare                 share of admissions entering in voorlopige hechtenis (HvB) (0..1)
 * @param hvbStayDays              histogram of the days in voorlopige hechtenis until schorsing, release
 *                                 at trial or conviction; shares sum to 1
 * @param hvbConvictionShare       chance (0..1) that an HvB entrant is convicted to a remaining sentence
 *                                 and transferred to a gevangenis
 * @param hvbSchorsingShare        of HvB entrants not convicted to a remaining sentence, the chance (0..1)
 *                                 that the release is a schorsing before trial (else release at trial)
 * @param suddenReleaseShareSchorsing chance (0..1) that a release by schorsing comes without a known date
 * @param suddenReleaseShareTrial  chance (0..1) that a release at trial comes without a known date
 * @param suddenReleaseShareSentenced chance (0..1) that a release at the end of a sentence comes suddenly
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
        List<StayBin> hvbStayDays,
        double hvbConvictionShare,
        double hvbSchorsingShare,
        double suddenReleaseShareSchorsing,
        double suddenReleaseShareTrial,
        double suddenReleaseShareSentenced,
        double lvbShare,
        double toezichtShare,
        double declineProbability) {

    public Population {
        stayDays = List.copyOf(stayDays);
        hvbStayDays = List.copyOf(hvbStayDays);
        ageBands = List.copyOf(ageBands);
    }

    /**
     * Mean length of stay of an admission (days): sentenced at admission, or voorlopige hechtenis
     * followed, when convicted, by a remaining sentence.
     */
    public double meanStayDays() {
        double sentence = mean(stayDays);
        return hvbShare * (mean(hvbStayDays) + hvbConvictionShare * sentence) + (1 - hvbShare) * sentence;
    }

    /** Longest possible stay (days). */
    public double maximumStayDays() {
        double sentence = last(stayDays);
        return Math.max(sentence, hvbShare > 0 ? last(hvbStayDays) + (hvbConvictionShare > 0 ? sentence : 0) : 0);
    }

    /** Mean of a histogram with stays uniform within each bin (days). */
    public static double mean(List<StayBin> bins) {
        double mean = 0;
        for (StayBin bin : bins) {
            mean += bin.share() * (bin.fromDays() + bin.toDays()) / 2;
        }
        return mean;
    }

    private static double last(List<StayBin> bins) {
        return bins.isEmpty() ? 0 : bins.get(bins.size() - 1).toDays();
    }

    /** One bin of the stay histogram: stays uniform in [fromDays, toDays) with the given share. */
    public record StayBin(double fromDays, double toDays, double share) { }

    /** An age band label (e.g. {@code 23-45}) and its share of admissions. */
    public record AgeBand(String label, double share) { }
}
