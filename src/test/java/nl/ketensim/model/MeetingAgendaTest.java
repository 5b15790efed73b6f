package nl.ketensim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import umontreal.ssj.simevents.Event;

/**
 * Exact tests of the agenda: which meeting a booking gets, when it is invited and held. Also: with a
 * meeting interval that is not a power of two, {@code first + index × every} can fall one
 * rounding error before now; the meeting must then be held now, not refused by SSJ as in the past.
 */
class MeetingAgendaTest {

    private static final double EVERY = 0.3;
    private static final double FIRST = EVERY * 3 / 7.0;

    @Test
    void aMeetingOneRoundingErrorBeforeNowIsHeldNow() {
        double now = timeWhoseMeetingRoundsIntoThePast();
        CountingSimulator sim = new CountingSimulator();
        MeetingAgenda agenda = new MeetingAgenda(sim, EVERY, FIRST, 0);
        List<Double> heldAt = new ArrayList<>();
        double[] booked = new double[1];
        new Event(sim) {
            @Override
            public void actions() {
                booked[0] = agenda.book(now, holding(() -> heldAt.add(sim.time())));
            }
        }.schedule(now);
        sim.start();
        assertTrue(booked[0] < now, "the computed meeting time is before now");
        assertEquals(List.of(now), heldAt, "held at once, at now");
    }

    @Test
    void laterDueTimesGoToTheFirstMeetingOnOrAfterThem() {
        CountingSimulator sim = new CountingSimulator();
        MeetingAgenda agenda = new MeetingAgenda(sim, EVERY, FIRST, 0);
        List<Double> heldAt = new ArrayList<>();
        new Event(sim) {
            @Override
            public void actions() {
                agenda.book(1.0, holding(() -> heldAt.add(sim.time())));
            }
        }.schedule(0.5);
        sim.start();
        assertEquals(1, heldAt.size());
        assertEquals(FIRST + 3 * EVERY, heldAt.get(0), 1e-12);
    }

    /** A booking named {@code name} that logs its invitation and meeting: "name invited@now for t", "name held@now". */
    private static MeetingAgenda.Booking logging(umontreal.ssj.simevents.Simulator sim, String name, List<String> log) {
        return new MeetingAgenda.Booking() {
            @Override
            public void invite(double meetingTime) {
                log.add(name + " invited@" + sim.time() + " for " + meetingTime);
            }

            @Override
            public void hold() {
                log.add(name + " held@" + sim.time());
            }
        };
    }

    /** Books {@code due} at {@code day} in {@code agenda}, noting the day the booking returns. */
    private static void bookAt(CountingSimulator sim, MeetingAgenda agenda, double day, double due, String name,
                               List<String> log) {
        new Event(sim) {
            @Override
            public void actions() {
                log.add(name + " booked@" + sim.time() + " for " + agenda.book(due, logging(sim, name, log)));
            }
        }.schedule(day);
    }

    @Test
    void bookingsOfOneMeetingAreInvitedAtTheNoticeAndHeldInTheirOrder() {
        // Meetings on 1, 8, 15, ... with 5 days notice. Booked on day 2 due 3: the first meeting on or
        // after max(3, 2 + 5) = 7 is day 8, invited on 3. Booked on 2.5 due 4: the same meeting. Booked
        // on 4 due 0: the first on or after 9 is 15, invited on 10. Booked on 12 due 12: 17 → 22,
        // invited at 17.
        CountingSimulator sim = new CountingSimulator();
        MeetingAgenda agenda = new MeetingAgenda(sim, 7, 1, 5);
        List<String> log = new ArrayList<>();
        bookAt(sim, agenda, 2, 3, "a", log);
        bookAt(sim, agenda, 2.5, 4, "b", log);
        bookAt(sim, agenda, 4, 0, "c", log);
        bookAt(sim, agenda, 12, 12, "d", log);
        sim.start();
        assertEquals(List.of(
                "a booked@2.0 for 8.0",
                "b booked@2.5 for 8.0",
                "a invited@3.0 for 8.0",
                "b invited@3.0 for 8.0",
                "c booked@4.0 for 15.0",
                "a held@8.0",
                "b held@8.0",
                "c invited@10.0 for 15.0",
                "d booked@12.0 for 22.0",
                "c held@15.0",
                "d invited@17.0 for 22.0",
                "d held@22.0"), log);
    }

    @Test
    void aBookingWhoseNoticeHasPassedIsInvitedAtOnce() {
        // Meetings on 0, 7, ... with 5 days notice: booked on day 3 due 10, the meeting of 14; on 10 due
        // 14, max(14, 15) → 21; on 2 due 7, exactly the notice ahead: 7; on 2.5, too late for 7: 14.
        // Without notice a booking due now is invited at once and held now.
        CountingSimulator sim = new CountingSimulator();
        MeetingAgenda agenda = new MeetingAgenda(sim, 7, 0, 5);
        assertEquals(14, agenda.meetingTime(10, 3), 0);
        assertEquals(21, agenda.meetingTime(14, 10), 0);
        assertEquals(7, agenda.meetingTime(7, 2), 0);
        assertEquals(14, agenda.meetingTime(7, 2.5), 0);
        List<String> log = new ArrayList<>();
        bookAt(sim, new MeetingAgenda(sim, 7, 0, 0), 7, 7, "x", log);
        sim.start();
        assertEquals(List.of("x invited@7.0 for 7.0", "x booked@7.0 for 7.0", "x held@7.0"), log);
    }

    @Test
    void aBookingMadeWhileTheInvitationsAreSentIsInvitedItself() {
        // Meetings every 0.3 days from 9/70 with 0.7 days notice; the one of index 26 is at
        // 7.928571428571429, its invitations due at 7.228571428571429. Booked at 3.1, the
        // invitation event's time 3.1 + (7.228571428571429 - 3.1) rounds one ulp early. A booking
        // for the same meeting made then (here by the invited booking itself) still lies before
        // the invitation time, so it gets invitations of its own: they must invite it, not again
        // the booking invited first.
        CountingSimulator sim = new CountingSimulator();
        MeetingAgenda agenda = new MeetingAgenda(sim, EVERY, FIRST, 0.7);
        double meeting = FIRST + 26 * EVERY;
        List<String> log = new ArrayList<>();
        MeetingAgenda.Booking second = logging(sim, "b", log);
        MeetingAgenda.Booking first = new MeetingAgenda.Booking() {
            private boolean invited;

            @Override
            public void invite(double meetingTime) {
                log.add("a invited");
                if (!invited) {
                    invited = true;
                    assertTrue(sim.time() < meeting - 0.7, "the invitations came one rounding error early");
                    agenda.book(meeting, second);
                }
            }

            @Override
            public void hold() {
                log.add("a held");
            }
        };
        new Event(sim) {
            @Override
            public void actions() {
                agenda.book(meeting, first);
            }
        }.schedule(3.1);
        sim.start();
        assertEquals(List.of("a invited", "b invited@" + (meeting - 0.7) + " for " + meeting, "a held",
                "b held@" + meeting), log);
    }

    @Test
    void withoutNoticeABookingMadeEarlierIsInvitedBeforeTheMeeting() {
        // Notice 0: the invitations of a booking made on day 3 for the meeting of day 7 fall on day
        // 7 itself, scheduled after the meeting's event; they are sent before the meeting is held.
        CountingSimulator sim = new CountingSimulator();
        MeetingAgenda agenda = new MeetingAgenda(sim, 7, 0, 0);
        List<String> log = new ArrayList<>();
        bookAt(sim, agenda, 3, 7, "x", log);
        bookAt(sim, agenda, 4, 7, "y", log);
        sim.start();
        assertEquals(List.of("x booked@3.0 for 7.0", "y booked@4.0 for 7.0", "x invited@7.0 for 7.0",
                "y invited@7.0 for 7.0", "x held@7.0", "y held@7.0"), log);
    }

    @Test
    void withoutFixedMeetingsEveryBookingHasItsOwnMeeting() {
        // Every 0 days: a meeting at max(due, now + notice) per booking, each with its own invitation.
        CountingSimulator sim = new CountingSimulator();
        MeetingAgenda agenda = new MeetingAgenda(sim, 0, 0, 2);
        assertEquals(5.5, agenda.meetingTime(5.5, 1), 0);
        assertEquals(3, agenda.meetingTime(0, 1), 0);
        List<String> log = new ArrayList<>();
        bookAt(sim, agenda, 1, 5.5, "a", log);
        bookAt(sim, agenda, 1, 2, "b", log);
        sim.start();
        assertEquals(List.of(
                "a booked@1.0 for 5.5",
                "b invited@1.0 for 3.0",
                "b booked@1.0 for 3.0",
                "b held@3.0",
                "a invited@3.5 for 5.5",
                "a held@5.5"), log);
    }

    @Test
    void meetingIndicesBeyondExactArithmeticGetAMeetingOfTheirOwn() {
        // An interval of 1e-16 days: the index of day 1 (1e16) is beyond 2^52; the booking is held at
        // exactly max(due, now + notice).
        CountingSimulator sim = new CountingSimulator();
        MeetingAgenda agenda = new MeetingAgenda(sim, 1e-16, 0, 0.25);
        assertEquals(1.5, agenda.meetingTime(1.5, 1), 0);
        assertEquals(1.25, agenda.meetingTime(1, 1), 0);
        MeetingAgenda fine = new MeetingAgenda(sim, 1e-3, 0, 0);
        assertEquals(1.001, fine.meetingTime(1.0005, 0), 1e-12, "2^52 is not yet reached: still slots");
    }

    /** A booking that only records when its meeting is held (no partners to invite). */
    private static MeetingAgenda.Booking holding(Runnable onHold) {
        return new MeetingAgenda.Booking() {
            @Override
            public void invite(double meetingTime) {
            }

            @Override
            public void hold() {
                onHold.run();
            }
        };
    }

    /** A time t of a meeting (as the sum of intervals) for which the agenda computes a time below t. */
    private static double timeWhoseMeetingRoundsIntoThePast() {
        double t = FIRST;
        for (int k = 1; k < 100_000; k++) {
            t += EVERY;
            long index = (long) Math.ceil((t - FIRST) / EVERY);
            if (FIRST + index * EVERY < t) {
                return t;
            }
        }
        throw new AssertionError("no such time found; the test needs another interval");
    }
}
