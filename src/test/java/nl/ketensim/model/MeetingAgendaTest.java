package nl.ketensim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import umontreal.ssj.simevents.Event;

/**
 * With a meeting interval that is not a power of two, {@code first + index × every} can fall one
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
