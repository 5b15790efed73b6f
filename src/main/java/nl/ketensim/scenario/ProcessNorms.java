package nl.ketensim.scenario;

/**
 * Norms of the werkstroomschema (seed, Bijlage I).
 *
 * @param intakeNormDays              intake within this many days of admission (days)
 * @param planNormDays                D&R-plan within this many days of admission (days)
 * @param mdoIntervalDays             an MDO every this many days after the plan norm (days)
 * @param mdoToleranceDays            an MDO counts as on schedule when held within this many days
 *                                    of its due date (days)
 * @param alignmentDaysBeforeRelease  pre-release alignment is due this many days before a known
 *                                    release date (days)
 * @param meetingEveryDays            each PI holds its multidisciplinary meeting every this many
 *                                    days; MDO reviews and alignments due are taken up at the first
 *                                    meeting on or after their due time (days; 0 = at the due time)
 * @param meetingNoticeDays           a meeting (plan, MDO, alignment) is booked at least this many
 *                                    days ahead, when the partners are invited (days)
 * @param intakeWaitsForPartners      the intake is complete only when the gemeente and reclassering
 *                                    have answered the requests for information sent at admission
 * @param planWhenPartnersInformed    the plan meeting is booked once the screening is registered and
 *                                    taken in by the partners it was sent to, not at once when the
 *                                    intake is complete
 * @param casemanagerKeepsMeetings    the casemanager, who convenes the person's meetings, keeps them in
 *                                    the agenda: the attendance is reserved time taken up at the
 *                                    meeting ahead of the casemanager's queue, so only the
 *                                    casemanager's absence moves a meeting (otherwise the attendance
 *                                    waits in the queue like other work and the meeting fails when it
 *                                    was not taken up by then)
 * @param mdoPartners                 which partners besides the casemanager are invited to an MDO
 */
public record ProcessNorms(double intakeNormDays, double planNormDays, double mdoIntervalDays,
                           double mdoToleranceDays, double alignmentDaysBeforeRelease,
                           double meetingEveryDays, double meetingNoticeDays,
                           boolean intakeWaitsForPartners, boolean planWhenPartnersInformed,
                           boolean casemanagerKeepsMeetings,
                           MdoPartners mdoPartners) {

    /**
     * Which partners besides the casemanager are invited to a person's MDO (the casemanager holds
     * every MDO). The werkstroomschema has the MDO monitor the plan "zo nodig in aanwezigheid van de
     * netwerkpartners" (seed, Bijlage I).
     */
    public enum MdoPartners {
        /** Every partner taking part in the case, to every MDO. */
        ALL,
        /** A partner while it leads a detected need of the person that is not arranged yet. */
        OPEN_NEEDS,
        /** A partner while it leads a need on which it has work left: information to take in, regie to take up, staff work to do. */
        WORK_LEFT
    }
}
