package nl.ketensim.model;

import java.util.function.Supplier;
import umontreal.ssj.simevents.eventlist.BinaryTree;
import umontreal.ssj.simevents.eventlist.EventList;
import umontreal.ssj.simevents.eventlist.Henriksen;
import umontreal.ssj.simevents.eventlist.RedblackTree;
import umontreal.ssj.simevents.eventlist.SplayTree;

/**
 * The event lists a replication can run on. All execute the events in the same order (time,
 * then SSJ priority, then first scheduled first), so the results are identical on every list;
 * only the speed differs (docs/performance.md).
 */
public enum EventListChoice {
    /** SSJ's Henriksen list. */
    HENRIKSEN("henriksen", Henriksen::new),
    /** SSJ's splay tree (SSJ's default). */
    SPLAY("splay", SplayTree::new),
    /** SSJ's binary tree. */
    BINARY_TREE("binarytree", BinaryTree::new),
    /** SSJ's red-black tree. */
    REDBLACK("redblack", RedblackTree::new),
    /** This project's 4-ary heap behind SSJ's interface ({@link EventHeap}). */
    HEAP("heap", EventHeap::new);

    /**
     * The list the model runs on unless told otherwise: the heap, about 10% less CPU than
     * Henriksen's list here (docs/performance.md).
     */
    public static final EventListChoice DEFAULT = HEAP;

    private final String key;
    private final Supplier<EventList> factory;

    EventListChoice(String key, Supplier<EventList> factory) {
        this.key = key;
        this.factory = factory;
    }

    /** Name on the command line. */
    public String key() {
        return key;
    }

    /** A new, empty list. */
    EventList create() {
        return factory.get();
    }
}
