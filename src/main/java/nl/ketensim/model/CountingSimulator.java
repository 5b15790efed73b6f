package nl.ketensim.model;

import umontreal.ssj.simevents.Event;
import umontreal.ssj.simevents.Simulator;
import umontreal.ssj.simevents.eventlist.Henriksen;

/**
 * An SSJ {@link Simulator} on Henriksen's event list (faster than the default splay tree for this
 * model) that counts the events it executes.
 */
public final class CountingSimulator extends Simulator {

    private long eventsExecuted;

    public CountingSimulator() {
        super(eventList());
    }

    private static umontreal.ssj.simevents.eventlist.EventList eventList() {
        String kind = System.getProperty("ketensim.eventlist", "henriksen");
        return switch (kind) {
            case "splay" -> new umontreal.ssj.simevents.eventlist.SplayTree();
            case "redblack" -> new umontreal.ssj.simevents.eventlist.RedblackTree();
            case "binary" -> new umontreal.ssj.simevents.eventlist.BinaryTree();
            default -> new Henriksen();
        };
    }

    /** Events executed since construction. */
    public long eventsExecuted() {
        return eventsExecuted;
    }

    @Override
    protected Event removeFirstEvent() {
        Event next = super.removeFirstEvent();
        if (next != null) {
            eventsExecuted++;
        }
        return next;
    }
}
