package nl.ketensim.scenario;

import nl.ketensim.domain.Partner;

/**
 * How one basisvoorwaarde is arranged during detention.
 *
 * @param prevalence        share of admissions with this need just before detention, in the outside
 *                          world (0..1); detention itself can create it later ({@code arising})
 * @param lead              partner whose staff do the task; {@code reclassering} falls back to the
 *                          casemanager when no toezicht follows
 * @param hours             staff hours the task costs the lead partner (hours)
 * @param leadTimeDays      processing time by agencies after the staff work (days, mean)
 * @param inPerson          whether the task needs the gemeente in person (slowed by distant placement)
 * @param external          external supply the task waits for after processing, if any
 * @param releaseWindowDays the task can only be filed within this many days before a known release
 *                          date (days; 0 = no such restriction)
 * @param arising           how detention creates the need in a person who did not have it before
 * @param requiresAddress   arranging it needs a registered address: while the person's onderdak need
 *                          is open it cannot be arranged
 */
public record NeedSpec(
        double prevalence,
        Partner lead,
        double hours,
        double leadTimeDays,
        boolean inPerson,
        ExternalKind external,
        double releaseWindowDays,
        Arising arising,
        boolean requiresAddress) {

    /**
     * How detention creates a need in a person who did not have it before admission. Three
     * independent routes; the need arises at the earliest that applies within the stay.
     *
     * @param atAdmission      probability (0..1) that it arises on admission (a benefit stops, an ID
     *                         is lost at arrest)
     * @param afterDays        stay after which the delayed route applies (days; a job is lost, a
     *                         rented home is lost through arrears)
     * @param afterProbability probability (0..1) of the delayed route
     * @param perYear          constant hazard during the stay (per year; an ID expires, debts grow)
     */
    public record Arising(double atAdmission, double afterDays, double afterProbability, double perYear) {
        /** Detention never creates the need. */
        public static final Arising NEVER = new Arising(0, 0, 0, 0);
    }

    /** External supply a task can wait for. */
    public enum ExternalKind {
        NONE, HOUSING, CARE
    }
}
