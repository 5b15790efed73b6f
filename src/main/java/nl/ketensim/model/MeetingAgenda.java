package nl.ketensim.model;

import java.util.ArrayList;
import java.util.List;
import umontreal.ssj.simevents.Event;
import umontreal.ssj.simevents.Simulator;

/**
 * The multidisciplinary meetings of one PI, held every {@code everyDays} days from
 * {@code firstDay}. A booking due at a time is taken up at the first meeting at or after that time
 * that lies at least {@code noticeDays} ahead; its partners are invited {@code noticeDays} before
 * the meeting (at once when that moment has passed). One SSJ event per meeting that has bookings
 * and one for its invitations, whatever their number: a meeting with nothing to do costs nothing.
 * A meeting that has begun takes new bookings in a meeting of its own at the same time. With
 * {@code everyDays} 0 every booking has a meeting of its own.
 */
final class MeetingAgenda {

    /** What a case does when it books a meeting. */
    interface Booking {
        /** The partners are invited now to the meeting at {@code meetingTime} (days). */
        void invite(double meetingTime);

        /** The meeting takes place now. */
        void hold();

        /**
         * Reads what {@link #invite} and {@link #hold} read first (the booking, its case and the
         * person's staff hours); the value means nothing. The agenda reads every booking of a
         * meeting so before calling on them, so that their loads from memory overlap instead of
         * following one another.
         */
        default int touch() {
            return 0;
        }
    }

    /** Meeting indices up to 2^52 are exact in double arithmetic. */
    private static final double MAX_EXACT_INDEX = 0x1p52;

    private final Simulator sim;
    private final double everyDays;
    private final double firstDay;
    private final double noticeDays;
    /**
     * The meetings to come that have bookings, the one of index i at {@code i mod length}; the
     * length (a power of 2) doubles when two meetings to come would share a place, so it ends up
     * above the number of meetings between now and the furthest booking.
     */
    private Meeting[] upcoming = new Meeting[64];
    /** The meeting booked last while it is still to come (bookings come in runs for one meeting), else null. */
    private Meeting lastBooked;
    /** Sum of {@link Booking#touch()} values, kept so that the reads cannot be left out; means nothing. */
    private int touched;

    /**
     * @param sim        the replication's simulator
     * @param everyDays  days between meetings (days; 0 = no fixed meetings)
     * @param firstDay   time of the meeting with index 0 (days), spreading PI's over the week
     * @param noticeDays least days between booking (invitation) and meeting (days)
     */
    MeetingAgenda(Simulator sim, double everyDays, double firstDay, double noticeDays) {
        this.sim = sim;
        this.everyDays = everyDays;
        this.firstDay = firstDay;
        this.noticeDays = noticeDays;
    }

    /** The time of the meeting a booking due at {@code dueTime} made at {@code now} would get (days). */
    double meetingTime(double dueTime, double now) {
        double earliest = Math.max(dueTime, now + noticeDays);
        if (!fixedMeetings(earliest)) {
            return earliest;
        }
        return firstDay + slot(earliest) * everyDays;
    }

    /**
     * Whether meetings are held on a fixed rhythm: not with {@code everyDays} 0, nor with an interval so
     * small against the time that meeting indices are no longer exact (then every booking has a
     * meeting of its own, as with 0).
     */
    private boolean fixedMeetings(double earliest) {
        return everyDays > 0 && Math.abs(earliest - firstDay) / everyDays < MAX_EXACT_INDEX;
    }

    private long slot(double earliest) {
        return (long) Math.ceil((earliest - firstDay) / everyDays - 1e-9);
    }

    /**
     * Books {@code booking} for the first meeting at or after {@code dueTime} at least the notice
     * ahead; invites its partners at the notice, or now when that has passed.
     *
     * @return the time of that meeting (days)
     */
    double book(double dueTime, Booking booking) {
        double now = sim.time();
        double at = meetingTime(dueTime, now);
        Meeting meeting;
        if (!fixedMeetings(Math.max(dueTime, now + noticeDays))) {
            meeting = new Meeting(-1, at);
            meeting.schedule(Math.max(0.0, at - now));
        } else {
            long index = slot(Math.max(dueTime, now + noticeDays));
            meeting = lastBooked != null && lastBooked.index == index ? lastBooked : upcoming(index);
            if (meeting == null) {
                meeting = new Meeting(index, at);
                addUpcoming(meeting);
                meeting.schedule(Math.max(0.0, at - now)); // at can be one rounding error before now
            }
            lastBooked = meeting;
        }
        meeting.bookings.add(booking);
        double inviteAt = at - noticeDays;
        if (inviteAt <= now) {
            booking.invite(at);
        } else {
            meeting.inviteLater(inviteAt - now);
        }
        return at;
    }

    /** The meeting to come of index {@code index} that has bookings, else null. */
    private Meeting upcoming(long index) {
        Meeting meeting = upcoming[place(index)];
        return meeting != null && meeting.index == index ? meeting : null;
    }

    private void addUpcoming(Meeting meeting) {
        while (upcoming[place(meeting.index)] != null) {
            Meeting[] old = upcoming;
            upcoming = new Meeting[2 * old.length];
            for (Meeting m : old) {
                if (m != null) {
                    addUpcoming(m);
                }
            }
        }
        upcoming[place(meeting.index)] = meeting;
    }

    private int place(long index) {
        return (int) (index & (upcoming.length - 1));
    }

    /** Reads bookings {@code from} (inclusive) to {@code to} (exclusive) of {@code bookings} ({@link Booking#touch}). */
    private void touch(List<Booking> bookings, int from, int to) {
        int sum = 0;
        for (int i = from; i < to; i++) {
            sum += bookings.get(i).touch();
        }
        touched += sum;
    }

    /** One meeting: holds its bookings in the order they were made. */
    private final class Meeting extends Event implements CountingSimulator.Kind {
        private final long index;
        private final double time;
        private final List<Booking> bookings = new ArrayList<>();
        private Invitations invitations;

        Meeting(long index, double time) {
            super(MeetingAgenda.this.sim);
            this.index = index;
            this.time = time;
        }

        @Override
        public String eventKind() {
            return "meeting";
        }

        /** Invites the booking added last {@code delay} days from now. */
        void inviteLater(double delay) {
            if (invitations == null) {
                invitations = new Invitations(this, bookings.size() - 1);
                invitations.schedule(delay);
            }
            invitations.pending++;
        }

        @Override
        public void actions() {
            if (upcoming[place(index)] == this) {
                upcoming[place(index)] = null;
            }
            if (lastBooked == this) {
                lastBooked = null;
            }
            if (invitations != null) { // without notice they fall at the meeting's own time, after it
                invitations.send();
            }
            touch(bookings, 0, bookings.size());
            for (Booking booking : bookings) {
                booking.hold();
            }
        }
    }

    /**
     * The invitations of one meeting, sent {@code noticeDays} before it. Every booking of a meeting
     * has the same invitation time, so the bookings to invite later are made one after another
     * before those invited at once: {@link #pending} bookings of the meeting's list from
     * {@link #first} on (no list of their own). Usually {@code first} is 0; but the event's time,
     * now plus the delay, can round one ulp before the invitation time, and a booking made at that
     * moment, after this event, gets invitations of its own further down the list.
     */
    private final class Invitations extends Event implements CountingSimulator.Kind {
        private final Meeting meeting;
        /** Position in the meeting's list of the first booking to invite. */
        private final int first;
        /** Number of bookings to invite, from {@link #first} on. */
        private int pending;

        Invitations(Meeting meeting, int first) {
            super(MeetingAgenda.this.sim);
            this.meeting = meeting;
            this.first = first;
        }

        @Override
        public String eventKind() {
            return "meeting: invitations";
        }

        @Override
        public void actions() {
            send();
        }

        /** Invites the bookings not invited yet (once: the meeting sends them itself when they are late). */
        void send() {
            meeting.invitations = null;
            touch(meeting.bookings, first, first + pending);
            for (int i = first; i < first + pending; i++) {
                meeting.bookings.get(i).invite(meeting.time);
            }
            pending = 0;
        }
    }
}
