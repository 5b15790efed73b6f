package nl.ketensim.model;

import nl.ketensim.scenario.Staffing;

/**
 * The absences (leave, sick leave) of a person's own casemanager: away for {@code episodeDays}
 * days every {@code episodeDays / share} days, so that the casemanager is away at any moment with
 * chance {@code share}. Each person's casemanager is at a point of that cycle drawn at admission,
 * kept by the case as the start of an absence ({@link #anchor}); one calendar serves every case.
 * While away, the person's intake does not start and the person's meetings (plan, MDO, alignment)
 * do not take place; the pool's other work goes on (colleagues). A calendar, not events: it costs
 * nothing to ask.
 */
final class CasemanagerAbsence {

    private final double episodeDays;
    private final double cycleDays;

    /** @param spec share of time away and length of one absence */
    CasemanagerAbsence(Staffing.Absence spec) {
        this.episodeDays = spec.episodeDays();
        this.cycleDays = spec.cycleDays();
    }

    /**
     * The start of an absence of one person's casemanager (days; the cycle repeats from it both ways).
     *
     * @param admission time of admission (days)
     * @param draw      uniform (0..1): the casemanager is {@code draw × cycle} days into the cycle at admission
     */
    double anchor(double admission, double draw) {
        return Double.isInfinite(cycleDays) ? 0.0 : admission - draw * cycleDays;
    }

    /** Whether the casemanager whose absences start at {@code anchor} (days) is away at {@code time} (days). */
    boolean away(double anchor, double time) {
        return presentFrom(anchor, time) > time;
    }

    /** The first time at or after {@code time} at which the casemanager of {@code anchor} is at work (days). */
    double presentFrom(double anchor, double time) {
        if (Double.isInfinite(cycleDays)) {
            return time;
        }
        double into = (time - anchor) % cycleDays;
        if (into < 0) {
            into += cycleDays;
        }
        return into < episodeDays ? time + (episodeDays - into) : time;
    }
}
