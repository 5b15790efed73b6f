package nl.ketensim.model;

import java.util.HashMap;
import java.util.Map;
import umontreal.ssj.simevents.Event;
import umontreal.ssj.simevents.Simulator;
import umontreal.ssj.simevents.eventlist.EventList;

/**
 * An SSJ {@link Simulator} that counts the events it executes, and on request counts them by kind
 * (an event's {@link Kind}, else its class name) for the benchmark. Runs on
 * {@link EventListChoice#DEFAULT} unless given another list.
 */
public final class CountingSimulator extends Simulator {

    /** An event that names its kind for the count by kind. */
    interface Kind {
        /** Short readable name, e.g. {@code work: attendance MDO gemeente}. */
        String eventKind();
    }

    private long eventsExecuted;
    private final Map<String, long[]> byKind;

    public CountingSimulator() {
        this(EventListChoice.DEFAULT.create(), false);
    }

    /**
     * @param eventList   the (empty) event list to run on
     * @param countByKind whether to count events by kind as well
     */
    CountingSimulator(EventList eventList, boolean countByKind) {
        super(eventList);
        this.byKind = countByKind ? new HashMap<>() : null;
    }

    /** Events executed since construction. */
    public long eventsExecuted() {
        return eventsExecuted;
    }

    /** Events executed by kind (empty unless counted). */
    Map<String, Long> eventsByKind() {
        Map<String, Long> counts = new HashMap<>();
        if (byKind != null) {
            byKind.forEach((kind, count) -> counts.put(kind, count[0]));
        }
        return counts;
    }

    @Override
    protected Event removeFirstEvent() {
        Event next = super.removeFirstEvent();
        if (next != null) {
            eventsExecuted++;
            if (byKind != null) {
                String kind = next instanceof Kind k ? k.eventKind() : next.getClass().getName();
                byKind.computeIfAbsent(kind, k -> new long[1])[0]++;
            }
        }
        return next;
    }
}
