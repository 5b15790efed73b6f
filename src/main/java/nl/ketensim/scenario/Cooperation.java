package nl.ketensim.scenario;

/**
 * What cooperation between the partners does, mechanically (docs/model.md §4.5–4.6, README "Model").
 * Participation, information and regie follow from staff time and meetings; the probabilities
 * here are real chances or choices only.
 *
 * @param detectionProbability        probability (0..1) that an intake given its full hours detects
 *                                    an existing need
 * @param detectionProbabilityLvb     the same for a person with LVB who gets no SCIL screening
 * @param detectionTimeElasticity     detection falls with the time the casemanager gives:
 *                                    p = p_full × timeShare^elasticity (&ge; 0; 0 = no effect)
 * @param scilShare                   share (0..1) of persons with LVB who get the SCIL screening
 * @param informationLossProbability  probability (0..1) that the registered information on a need is
 *                                    lost on its way (a system or process failure, not workload);
 *                                    it then waits for a meeting the lead partner attends
 * @param gemeenteWillingness         probability (0..1) that the gemeente is willing to take part in a
 *                                    person's plan, MDO's and alignment at all (a choice); whether it
 *                                    attends follows from its staff time
 * @param regieClarity                probability (0..1) that a plan made with the casemanager's full
 *                                    time names a clear owner for each task (residual)
 * @param regieTimeElasticity         plan quality falls with the casemanager's time: clarity =
 *                                    regieClarity × timeShare^elasticity (&ge; 0; 0 = no effect)
 * @param regieStallDaysMean          mean stall of a task without a clear owner (days)
 * @param absentLeadLosesRegie        a lead partner absent from the plan meeting owns none of its
 *                                    tasks until an MDO it attends
 * @param distantTravelHours          extra gemeente hours to attend a meeting in a PI outside the
 *                                    home region (hours)
 * @param videoShare                  share (0..1) of persons placed far from home whose meetings the
 *                                    gemeente joins by video (no travel)
 * @param suddenReleaseFilingProbability probability (0..1) that a need with a release window is
 *                                    filed although the release comes without a known date
 * @param coLocation                  share (0..1) of cases in PI's where gemeente and reclassering
 *                                    work on site
 * @param coLocationDelayFactor       multiplier (0..1) on distance delays under co-location
 * @param coLocationParticipation     gemeente willingness under co-location (0..1)
 * @param workProcessVariationCv      coefficient of variation of gemeente practice (a log-normal
 *                                    multiplier on gemeente lead times); a uniform work process
 *                                    lowers it (>= 0)
 * @param transferPlanDelayDaysMean   mean delay (days, exponential) with which the D&amp;R-plan and the
 *                                    information reach the new casemanager after a transfer
 * @param transferPlanLossProbability chance (0..1) that they do not arrive at all: the new casemanager
 *                                    makes the plan again
 */
public record Cooperation(
        double detectionProbability,
        double detectionProbabilityLvb,
        double detectionTimeElasticity,
        double scilShare,
        double informationLossProbability,
        double gemeenteWillingness,
        double regieClarity,
        double regieTimeElasticity,
        double regieStallDaysMean,
        boolean absentLeadLosesRegie,
        double distantTravelHours,
        double videoShare,
        double suddenReleaseFilingProbability,
        double coLocation,
        double coLocationDelayFactor,
        double coLocationParticipation,
        double workProcessVariationCv,
        double transferPlanDelayDaysMean,
        double transferPlanLossProbability) { }
