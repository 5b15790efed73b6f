package nl.ketensim.model;

import nl.ketensim.domain.Knelpunt;

/**
 * What is known of one justitiabele at release. Arrays are indexed by
 * {@link nl.ketensim.domain.Basisvoorwaarde#ordinal()}.
 *
 * @param stayDays                length of stay (days)
 * @param woman                   sex is female
 * @param inHomeRegion            placed in a PI of the home region
 * @param simulatedFromAdmission  admitted during the run (not part of the initial population), so
 *                                the process measures were simulated, not replayed
 * @param intakeDays              days from admission to intake (NaN if none)
 * @param planDays                days from admission to D&amp;R-plan (NaN if none)
 * @param mdosDue                 MDO's due during measurement before release
 * @param mdosOnTime              of those, held within the tolerance
 * @param warmeOverdracht         the pre-release alignment was completed
 * @param needed                  the person had this need
 * @param missed                  the knelpunt of a need not arranged at release; null otherwise
 * @param openAfterFollowUp       a missed need is still open at the follow-up after release
 */
record ReleaseRecord(
        double stayDays,
        boolean woman,
        boolean inHomeRegion,
        boolean simulatedFromAdmission,
        double intakeDays,
        double planDays,
        int mdosDue,
        int mdosOnTime,
        boolean warmeOverdracht,
        boolean[] needed,
        Knelpunt[] missed,
        boolean[] openAfterFollowUp) {
}
