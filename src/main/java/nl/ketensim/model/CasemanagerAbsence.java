package nl.ketensim.model;

import nl.ketensim.scenario.Staffing;

/**
 * The absences (leave, sick leave) of one person's own casemanager: away for {@code episodeDays}
 * days every {@code episodeDays / share} days, at a point of that cycle drawn at admission, so
 * that the casemanager is away at any moment with chance {@code share}. While away, the person's
 * intake does not start and the person's meetings (plan, MDO, alignment) do not take place; the
 * pool's other work goes on (colleagues). A calendar, not events: it costs nothing to ask.
 */
final class CasemanagerAbsence {

    private final double episodeDays;
    private final double cycleDays;
    /** Start of an absence (days; the cycle repeats from it both ways). */
    private final double anchor;

    /**
     * @param spec      share of time away and length of one absence
     * @param admission time of admission (days)
     * @param draw      uniform (0..1): the casemanager is {@code draw × cycle} days into the cycle at admission
     */
    CasemanagerAbsence(Staffing.Absence spec, double admission, double draw) {
        this.episodeDays = spec.episodeDays();
        this.cycleDays = spec.cycleDays();
        this.anchor = Double.isInfinite(cycleDays) ? 0.0 : admission - draw * cycleDays;
    }

    /** Whether the casemanager is away at {@code time} (days). */
    boolean away(double time) {
        return presentFrom(time) > time;
    }

    /** The first time at or after {@code time} at which the casemanager is at work (days). */
    double presentFrom(double time) {
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
