package nl.ketensim.model;

/**
 * The fate of one need, drawn at admission so that scenarios compared under common random numbers
 * see the same person with the same luck. Chances that depend on the course of the case (detection
 * under time pressure) keep their uniform here and are decided when they arise. Durations already
 * include the scenario's factors (co-location, gemeente practice, LVB).
 *
 * @param present           the justitiabele has this need
 * @param declined          the justitiabele declines help on it
 * @param detectionDraw     uniform (0..1): the intake detects the need when it is below the
 *                          detection probability at the casemanager's time share then
 * @param informationLost   the registered information on this need gets lost on its way
 * @param filedDespiteSuddenRelease a need with a release window is filed although the release
 *                          date is unknown
 * @param stallDays         stall before the task is taken up if the plan leaves regie unclear (days)
 * @param hours             nominal staff hours of the task (hours)
 * @param distanceDelayDays extra delay of an in-person task when placed far from home (days; 0 if n/a)
 * @param leadTimeDays      agency processing time after the staff work (days)
 * @param externalWaitDays  wait for external supply (days; 0 if none)
 * @param aftercareDraw     uniform (0..1): after a release without warme overdracht, the person asks
 *                          the gemeente for help on this need, if still open, when it is below
 *                          {@code aftercare.self_report_probability}
 * @param meetingDetectionDraw uniform (0..1): after a missed intake detection the need is detected
 *                          at the first meeting where the chance of still not having detected it
 *                          falls below 1 minus this draw (inverse transform of a varying geometric)
 * @param arisesInDetention the person did not have the need before detention; detention created it
 * @param onsetDays         days after admission at which the need exists (0 for a need from before
 *                          detention or one arising on admission)
 * @param reportDays        days after a need arose in detention until the person reports it
 * @param verlofUseDraw     uniform (0..1): without the Wet straffen en beschermen, verlof is used for
 *                          this need's in-person step when it is below the untargeted-use probability
 *                          ({@link VerlofWindow})
 */
record NeedDraws(
        boolean present,
        boolean declined,
        double detectionDraw,
        boolean informationLost,
        boolean filedDespiteSuddenRelease,
        double stallDays,
        double hours,
        double distanceDelayDays,
        double leadTimeDays,
        double externalWaitDays,
        double aftercareDraw,
        double meetingDetectionDraw,
        boolean arisesInDetention,
        double onsetDays,
        double reportDays,
        double verlofUseDraw) {

    /** A need the person does not have. */
    static final NeedDraws ABSENT = new NeedDraws(false, false, 1, false, false, 0, 0, 0, 0, 0, 0, 1, false, 0, 0, 1);
}
