package nl.ketensim.scenario;

import nl.ketensim.domain.Partner;

/**
 * How one basisvoorwaarde is arranged during detention.
 *
 * @param prevalence        share of admissions with this need (0..1)
 * @param lead              partner whose staff do the task; {@code reclassering} falls back to the
 *                          casemanager when no toezicht follows
 * @param hours             staff hours the task costs the lead partner (hours)
 * @param leadTimeDays      processing time by agencies after the staff work (days, mean)
 * @param inPerson          whether the task needs the gemeente in person (slowed by distant placement)
 * @param external          external supply the task waits for after processing, if any
 * @param releaseWindowDays the task can only be filed within this many days before a known release
 *                          date (days; 0 = no such restriction)
 */
public record NeedSpec(
        double prevalence,
        Partner lead,
        double hours,
        double leadTimeDays,
        boolean inPerson,
        ExternalKind external,
        double releaseWindowDays) {

    /** External supply a task can wait for. */
    public enum ExternalKind {
        NONE, HOUSING, CARE
    }
}
