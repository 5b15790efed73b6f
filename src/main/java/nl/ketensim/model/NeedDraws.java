package nl.ketensim.model;

/**
 * The fate of one need, drawn at admission so that scenarios compared under common random numbers
 * see the same person with the same luck. Durations already include the scenario's factors
 * (co-location, gemeente practice, LVB).
 *
 * @param present           the justitiabele has this need
 * @param declined          the justitiabele declines help on it
 * @param detectedAtIntake  the intake detects it
 * @param sharedAtIntake    the information reaches the lead partner after the intake
 * @param infoDelayDays     delay before shared information arrives (days)
 * @param stallDays         stall before the task is taken up when regie is unclear (days; 0 if clear)
 * @param hours             staff hours of the task (hours)
 * @param distanceDelayDays extra delay of an in-person task when placed far from home (days; 0 if n/a)
 * @param leadTimeDays      agency processing time after the staff work (days)
 * @param externalWaitDays  wait for external supply (days; 0 if none)
 * @param aftercareDraw     uniform (0..1) deciding continuation after release
 * @param meetingsToDetect  meetings (plan, MDO's) after a missed intake detection until the need is
 *                          detected (&ge; 1; {@link Integer#MAX_VALUE} if never)
 */
record NeedDraws(
        boolean present,
        boolean declined,
        boolean detectedAtIntake,
        boolean sharedAtIntake,
        double infoDelayDays,
        double stallDays,
        double hours,
        double distanceDelayDays,
        double leadTimeDays,
        double externalWaitDays,
        double aftercareDraw,
        int meetingsToDetect) {

    /** A need the person does not have. */
    static final NeedDraws ABSENT = new NeedDraws(false, false, false, false, 0, 0, 0, 0, 0, 0, 0,
            Integer.MAX_VALUE);
}
