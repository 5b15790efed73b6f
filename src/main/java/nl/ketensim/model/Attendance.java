package nl.ketensim.model;

import nl.ketensim.domain.Partner;

/**
 * One booking of a case at its PI's meeting (plan, MDO or alignment), with attendance as staff work.
 * At the invitation every taking-part partner gets an attendance item of the meeting's hours in its
 * pool, due at the meeting. At the meeting a partner attends iff a server took its item up by then;
 * a still-waiting item is withdrawn (no hours spent) and the partner is absent. Without the
 * casemanager the meeting does not take place and the case books the next one.
 */
final class Attendance implements MeetingAgenda.Booking {

    private static final Partner[] PARTNERS = Partner.values();

    /** What the case does with a meeting. */
    interface Host {
        /** Submits the attendance item of {@code partner} due at {@code meetingTime}, or null if it does not take part. */
        WorkItem invite(Partner partner, double meetingTime);

        /** The meeting took place now with the partners {@code present} (indexed by ordinal). */
        void held(boolean[] present);

        /** The meeting did not take place for lack of a casemanager. */
        void failed();
    }

    private final Host host;
    private final WorkItem[] items = new WorkItem[PARTNERS.length];

    Attendance(Host host) {
        this.host = host;
    }

    @Override
    public void invite(double meetingTime) {
        for (Partner p : PARTNERS) {
            items[p.ordinal()] = host.invite(p, meetingTime);
        }
    }

    @Override
    public void hold() {
        boolean[] present = new boolean[PARTNERS.length];
        for (Partner p : PARTNERS) {
            WorkItem item = items[p.ordinal()];
            if (item != null) {
                present[p.ordinal()] = item.takenUp();
                item.withdraw();
            }
        }
        if (items[Partner.CASEMANAGER.ordinal()] == null) {
            present[Partner.CASEMANAGER.ordinal()] = true; // the meeting costs the casemanager no hours
        }
        if (present[Partner.CASEMANAGER.ordinal()]) {
            host.held(present);
        } else {
            host.failed();
        }
    }
}
