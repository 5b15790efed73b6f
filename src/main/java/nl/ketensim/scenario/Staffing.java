package nl.ketensim.scenario;

import nl.ketensim.domain.Partner;

/**
 * The staff pools. National FTE are divided over PI's (casemanagers, pro rata places) and regions
 * (gemeente and reclassering, pro rata inflow share).
 *
 * @param queueDiscipline order in which waiting work is taken up
 * @param timePressure    how the time given to each item falls with a pool's backlog
 * @param casemanager     DJI casemanagers
 * @param gemeente        gemeente re-integration staff
 * @param reclassering    reclassering advisers
 * @param casemanagerAbsence how often a newcomer's casemanager is away, and for how long
 */
public record Staffing(QueueDiscipline queueDiscipline, TimePressure timePressure, PoolSpec casemanager,
                       PoolSpec gemeente, PoolSpec reclassering, Absence casemanagerAbsence) {

    /** The pool specification of one partner. */
    public PoolSpec of(Partner partner) {
        return switch (partner) {
            case CASEMANAGER -> casemanager;
            case GEMEENTE -> gemeente;
            case RECLASSERING -> reclassering;
        };
    }

    /**
     * One partner's staff.
     *
     * @param fte                    national full-time equivalents on this work (FTE)
     * @param productiveHoursPerWeek hours per FTE per week available for case work (hours/week)
     * @param unlimited              relief switch: every item is taken up at once (no queue, no
     *                               wait, no backlog, no time pressure)
     */
    public record PoolSpec(double fte, double productiveHoursPerWeek, boolean unlimited) { }

    /**
     * Time per person falls with caseload: an item taken up while the pool has a backlog gets the
     * share {@code max(minShare, 1 / (1 + backlogDays / halfBacklogDays))} of its nominal hours,
     * where backlogDays = hours waiting / (servers × hours per server-day).
     *
     * @param enabled         whether time per person depends on the backlog at all
     * @param halfBacklogDays backlog (days of work waiting) at which an item gets half its hours (days, &gt; 0)
     * @param minShare        the least share of its nominal hours an item gets (0..1)
     */
    public record TimePressure(boolean enabled, double halfBacklogDays, double minShare) {

        /** Share (0..1) of its nominal hours an item gets when {@code backlogDays} of work wait. */
        public double share(double backlogDays) {
            if (!enabled || backlogDays <= 0) {
                return 1.0;
            }
            return Math.max(minShare, 1.0 / (1.0 + backlogDays / halfBacklogDays));
        }
    }

    /**
     * Each person's own casemanager is away (leave or sick leave) a share of the time, in episodes
     * of a fixed length; while away, the person's intake and meetings wait (colleagues do the other
     * work). The pools' capacity is not reduced: productive hours are a yearly average with absence
     * included.
     *
     * @param share       share (0..0.9) of the time a casemanager is away
     * @param episodeDays length of one absence (days, &gt;= 0; 0 = never away)
     */
    public record Absence(double share, double episodeDays) {

        /** Days between the starts of two absences (days; infinite when never away). */
        public double cycleDays() {
            return share <= 0 || episodeDays <= 0 ? Double.POSITIVE_INFINITY : episodeDays / share;
        }
    }

    /** Queue discipline of every staff pool. */
    public enum QueueDiscipline {
        /** First in, first out. */
        FIFO,
        /** Earliest deadline first (ties FIFO). */
        EDF
    }
}
