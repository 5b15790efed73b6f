package nl.ketensim.scenario;

import nl.ketensim.domain.Partner;

/**
 * The staff pools. National FTE are divided over PI's (casemanagers, pro rata places) and regions
 * (gemeente and reclassering, pro rata inflow share).
 *
 * @param queueDiscipline order in which waiting work is taken up
 * @param casemanager     DJI casemanagers
 * @param gemeente        gemeente re-integration staff
 * @param reclassering    reclassering advisers
 */
public record Staffing(QueueDiscipline queueDiscipline, PoolSpec casemanager, PoolSpec gemeente,
                       PoolSpec reclassering) {

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
     * @param unlimited              relief switch: every item is taken up at once (no queue, no wait)
     */
    public record PoolSpec(double fte, double productiveHoursPerWeek, boolean unlimited) { }

    /** Queue discipline of every staff pool. */
    public enum QueueDiscipline {
        /** First in, first out. */
        FIFO,
        /** Earliest deadline first (ties FIFO). */
        EDF
    }
}
