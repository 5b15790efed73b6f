package nl.ketensim.model;

import umontreal.ssj.simevents.Event;
import umontreal.ssj.simevents.Simulator;
import umontreal.ssj.simevents.eventlist.Henriksen;

/**
 * An SSJ {@link Simulator} on Henriksen's event list that counts the events it executes. For this
 * model Henriksen's list was about 5% faster than SSJ's splay tree and 8% faster than its binary
 * tree (README, Performance).
 */
public final class CountingSimulator extends Simulator {

    private long eventsExecuted;

    public CountingSimulator() {
        super(new Henriksen());
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
