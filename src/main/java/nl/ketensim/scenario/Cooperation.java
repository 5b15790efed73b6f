package nl.ketensim.scenario;

/**
 * What cooperation between the partners does, mechanically (docs/model.md §4.5–4.6).
 *
 * @param detectionProbability        probability (0..1) that the intake detects an existing need
 * @param detectionProbabilityLvb     the same for a person with LVB who gets no SCIL screening
 * @param scilShare                   share (0..1) of persons with LVB who get the SCIL screening
 * @param informationSharingProbability probability (0..1) that a need detected at intake reaches the
 *                                    partner who must act on it; otherwise it waits for a meeting
 * @param informationDelayDaysMean    mean delay before shared information arrives (days)
 * @param gemeenteParticipation       probability (0..1) that the gemeente takes part in the D&R-plan,
 *                                    the MDO's and the alignment of a case
 * @param regieClarity                probability (0..1) that the D&R-plan names a clear owner for
 *                                    each task; unclear tasks stall
 * @param regieStallDaysMean          mean stall of a task without a clear owner (days)
 * @param coLocation                  share (0..1) of cases in PI's where gemeente and reclassering
 *                                    work on site
 * @param coLocationDelayFactor       multiplier (0..1) on information and distance delays under
 *                                    co-location
 * @param coLocationParticipation     gemeente participation under co-location (0..1)
 * @param workProcessVariationCv      coefficient of variation of gemeente practice (a log-normal
 *                                    multiplier on gemeente lead times); a uniform work process
 *                                    lowers it (>= 0)
 */
public record Cooperation(
        double detectionProbability,
        double detectionProbabilityLvb,
        double scilShare,
        double informationSharingProbability,
        double informationDelayDaysMean,
        double gemeenteParticipation,
        double regieClarity,
        double regieStallDaysMean,
        double coLocation,
        double coLocationDelayFactor,
        double coLocationParticipation,
        double workProcessVariationCv) { }
