package nl.ketensim.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import umontreal.ssj.simevents.Event;
import umontreal.ssj.simevents.Simulator;

/**
 * The multidisciplinary meetings of one PI, held every {@code everyDays} days from
 * {@code firstDay}: an item booked for a time is taken up at the first meeting at or after that
 * time (not before now). One SSJ event per meeting that has items, whatever their number; a
 * meeting that has begun takes new items in a meeting of its own at the same time. With
 * {@code everyDays} 0 every item is taken up at its own time.
 */
final class MeetingAgenda {

    private final Simulator sim;
    private final double everyDays;
    private final double firstDay;
    private final Map<Long, Meeting> meetings = new HashMap<>();

    /**
     * @param sim       the replication's simulator
     * @param everyDays days between meetings (days; 0 = no fixed meetings)
     * @param firstDay  time of the meeting with index 0 (days), spreading PI's over the week
     */
    MeetingAgenda(Simulator sim, double everyDays, double firstDay) {
        this.sim = sim;
        this.everyDays = everyDays;
        this.firstDay = firstDay;
    }

    /**
     * Books {@code item} for the first meeting at or after {@code dueTime} that is still to come.
     *
     * @return the time of that meeting (days)
     */
    double book(double dueTime, Runnable item) {
        double now = sim.time();
        if (everyDays <= 0) {
            double at = Math.max(now, dueTime);
            new Meeting(-1, List.of(item)).schedule(at - now);
            return at;
        }
        long index = (long) Math.ceil((Math.max(dueTime, now) - firstDay) / everyDays);
        double at = firstDay + index * everyDays;
        Meeting meeting = meetings.get(index);
        if (meeting == null) {
            meeting = new Meeting(index, new ArrayList<>());
            meetings.put(index, meeting);
            meeting.schedule(Math.max(0.0, at - now)); // at can be one rounding error before now
        }
        meeting.items.add(item);
        return at;
    }

    /** One meeting: takes up its items in the order they were booked. */
    private final class Meeting extends Event {
        private final long index;
        private final List<Runnable> items;

        Meeting(long index, List<Runnable> items) {
            super(MeetingAgenda.this.sim);
            this.index = index;
            this.items = items;
        }

        @Override
        public void actions() {
            meetings.remove(index);
            for (Runnable item : items) {
                item.run();
            }
        }
    }
}
