package nl.ketensim.model;

import nl.ketensim.domain.Partner;

/**
 * One booking of a case at its PI's meeting (plan, MDO or alignment), with attendance as staff work.
 * At the invitation every partner taking part and invited (to an MDO by {@code process.mdo_partners})
 * gets an attendance item of the meeting's hours in its pool, due at the meeting. At the meeting a
 * partner attends iff a server took its item up by then;
 * a still-waiting item is withdrawn (no hours spent) and the partner is absent. Without the
 * casemanager the meeting does not take place and the case books the next one. A casemanager who
 * keeps the meeting in the agenda ({@link #casemanagerKeepsMeeting}) gets no item at the
 * invitation: the attendance is reserved time, taken up at the meeting ahead of the queue, and the
 * casemanager is present. The case's booking extends this class, so that a booking is one object
 * (tens of thousands are alive at once, so it keeps no field the case has already).
 */
abstract class Attendance implements MeetingAgenda.Booking {

    private static final Partner[] PARTNERS = Partner.values();
    /** Each set of partners present (indexed by ordinal), by its bits of partner ordinals; shared: never modified. */
    private static final boolean[][] PRESENT = new boolean[1 << PARTNERS.length][PARTNERS.length];

    static {
        for (int bits = 0; bits < PRESENT.length; bits++) {
            for (Partner p : PARTNERS) {
                PRESENT[bits][p.ordinal()] = OrdinalBits.contains(bits, p);
            }
        }
    }

    /** The attendance items by partner ordinal (null: the partner does not attend). */
    private WorkItem casemanager;
    private WorkItem gemeente;
    private WorkItem reclassering;

    /**
     * Whether the casemanager keeps this meeting in the agenda as reserved time
     * ({@code process.casemanager_keeps_meetings}).
     */
    protected abstract boolean casemanagerKeepsMeeting();

    /**
     * Submits the attendance item of {@code partner} due at {@code meetingTime}, or null if it does
     * not take part or is not invited.
     */
    protected abstract WorkItem attend(Partner partner, double meetingTime);

    /** Submits the casemanager's attendance now as reserved time, ahead of the pool's queue (if it costs hours). */
    protected abstract void reserveCasemanager();

    /** The meeting took place now with the partners {@code present} (indexed by ordinal; shared: do not modify). */
    protected abstract void held(boolean[] present);

    /** The meeting did not take place for lack of a casemanager. */
    protected abstract void failed();

    @Override
    public final void invite(double meetingTime) {
        casemanager = casemanagerKeepsMeeting() ? null : attend(Partner.CASEMANAGER, meetingTime);
        gemeente = attend(Partner.GEMEENTE, meetingTime);
        reclassering = attend(Partner.RECLASSERING, meetingTime);
    }

    @Override
    public final void hold() {
        if (casemanagerKeepsMeeting()) {
            reserveCasemanager();
        }
        boolean casemanagerPresent = casemanager == null || attended(casemanager); // no hours: present
        int present = casemanagerPresent ? OrdinalBits.bit(Partner.CASEMANAGER) : 0;
        if (gemeente != null && attended(gemeente)) {
            present |= OrdinalBits.bit(Partner.GEMEENTE);
        }
        if (reclassering != null && attended(reclassering)) {
            present |= OrdinalBits.bit(Partner.RECLASSERING);
        }
        if (casemanagerPresent) {
            held(PRESENT[present]);
        } else {
            failed();
        }
    }

    /** Whether a server took {@code item} up by now; a waiting item is withdrawn. */
    private static boolean attended(WorkItem item) {
        boolean takenUp = item.takenUp();
        item.withdraw();
        return takenUp;
    }
}
