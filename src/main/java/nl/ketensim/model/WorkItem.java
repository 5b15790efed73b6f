package nl.ketensim.model;

import umontreal.ssj.simevents.Event;
import umontreal.ssj.simevents.Simulator;

/**
 * A piece of staff work: it costs up to {@link #hours()} of one server of a {@link StaffPool},
 * waits in the pool's queue while all servers are busy, and calls {@link #completed()} when done.
 * A compressible item taken up under time pressure gets only a share of its nominal hours
 * ({@link #timeShare()}). The item is itself the SSJ event of its completion, so each item costs
 * exactly one event.
 */
public abstract class WorkItem extends Event {

    /** Where an item is in its life. */
    public enum State { NEW, QUEUED, IN_SERVICE, DONE, WITHDRAWN }

    private static final State[] STATES = State.values();
    private static final byte QUEUED = (byte) State.QUEUED.ordinal();
    private static final byte IN_SERVICE = (byte) State.IN_SERVICE.ordinal();
    private static final byte DONE = (byte) State.DONE.ordinal();
    private static final byte WITHDRAWN = (byte) State.WITHDRAWN.ordinal();

    /*
     * Tens of thousands of items are alive at once and every one is an event, so the fields are
     * kept narrow (the state as its ordinal, the sequence an int; the done time is derived): the
     * model's live objects exceed the processor's cache.
     */
    private final double hours;
    private final double deadline;
    private final boolean compressible;
    private StaffPool pool;
    /** {@link State} ordinal. */
    private byte state;
    /** Order of joining the pool, per pool (breaks ties in deadline). */
    private int sequence;
    private double submitTime = Double.NaN;
    private double startTime = Double.NaN;
    private double timeShare = 1.0;

    /**
     * A compressible item (its hours fall with the pool's backlog).
     *
     * @param sim      the replication's simulator
     * @param hours    nominal staff hours the work costs (hours, &gt;= 0)
     * @param deadline the time by which it should be done (days; used by earliest-deadline-first)
     */
    protected WorkItem(Simulator sim, double hours, double deadline) {
        this(sim, hours, deadline, true);
    }

    /**
     * @param sim          the replication's simulator
     * @param hours        nominal staff hours the work costs (hours, &gt;= 0)
     * @param deadline     the time by which it should be done (days; used by earliest-deadline-first)
     * @param compressible whether time pressure shortens it (case work) or not (a meeting's length)
     */
    protected WorkItem(Simulator sim, double hours, double deadline, boolean compressible) {
        super(sim);
        this.hours = hours;
        this.deadline = deadline;
        this.compressible = compressible;
    }

    /** Nominal staff hours this work costs (hours). */
    public final double hours() {
        return hours;
    }

    /** Deadline (days, simulation time). */
    public final double deadline() {
        return deadline;
    }

    /** Whether time pressure shortens this work. */
    public final boolean compressible() {
        return compressible;
    }

    /** Current state. */
    public final State state() {
        return STATES[state];
    }

    /** Simulation time at which it joined the pool (days; NaN before). */
    public final double submitTime() {
        return submitTime;
    }

    /** Simulation time at which a server took it up (days; NaN before). */
    public final double startTime() {
        return startTime;
    }

    /**
     * Simulation time at which it was done (days; NaN before): its start plus the service days its
     * pool scheduled it for, the same sum as its completion time.
     */
    public final double doneTime() {
        return state == DONE ? startTime + pool.serviceDays(hours, timeShare) : Double.NaN;
    }

    /** Share (0..1) of the nominal hours it was given when taken up (1 before). */
    public final double timeShare() {
        return timeShare;
    }

    /** Whether a server took it up by now (in service or done). */
    public final boolean takenUp() {
        return state == IN_SERVICE || state == DONE;
    }

    /** Takes the item out of its pool's queue if it is still waiting; no hours are spent on it. */
    public final void withdraw() {
        if (state == QUEUED) {
            pool.withdrawn(this);
            state = WITHDRAWN;
        }
    }

    /** Whether the work no longer matters (e.g. the justitiabele was released); skipped when dequeued. */
    protected abstract boolean obsolete();

    /** Called when the work is done, at the completion time, if it is still {@link #wanted()}. */
    protected abstract void completed();

    /**
     * Whether the work done still matters (false e.g. when the justitiabele was released by then):
     * asked when it is done, before its pool takes up the next item, so that the loads from memory
     * of the two overlap; {@link #completed()} is called only if so.
     */
    protected boolean wanted() {
        return true;
    }

    final int sequence() {
        return sequence;
    }

    /** Whether the item was withdrawn from its pool's queue. */
    final boolean withdrawn() {
        return state == WITHDRAWN;
    }

    final void enqueue(StaffPool owner, int seq, double now) {
        this.pool = owner;
        this.sequence = seq;
        this.submitTime = now;
        this.state = QUEUED;
    }

    final void startService(double now, double share) {
        state = IN_SERVICE;
        startTime = now;
        timeShare = share;
    }

    @Override
    public final void actions() {
        state = DONE;
        boolean wanted = wanted(); // the pool's taking up the next item changes no owner's state
        pool.finish(this);
        if (wanted) {
            completed();
        }
    }
}
