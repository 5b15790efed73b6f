package nl.ketensim.model;

import umontreal.ssj.simevents.Event;
import umontreal.ssj.simevents.Simulator;

/**
 * A piece of staff work: it costs {@link #hours()} of one server of a {@link StaffPool}, waits in
 * the pool's queue while all servers are busy, and calls {@link #completed()} when done. The item is
 * itself the SSJ event of its completion, so each item costs exactly one event.
 */
public abstract class WorkItem extends Event {

    /** Where an item is in its life. */
    public enum State { NEW, QUEUED, IN_SERVICE, DONE }

    private final double hours;
    private final double deadline;
    private StaffPool pool;
    private State state = State.NEW;
    private long sequence;
    private double submitTime;

    /**
     * @param sim      the replication's simulator
     * @param hours    staff hours the work costs (hours, &gt;= 0)
     * @param deadline the time by which it should be done (days; used by earliest-deadline-first)
     */
    protected WorkItem(Simulator sim, double hours, double deadline) {
        super(sim);
        this.hours = hours;
        this.deadline = deadline;
    }

    /** Staff hours this work costs (hours). */
    public final double hours() {
        return hours;
    }

    /** Deadline (days, simulation time). */
    public final double deadline() {
        return deadline;
    }

    /** Current state. */
    public final State state() {
        return state;
    }

    /** Simulation time at which it joined the pool (days). */
    public final double submitTime() {
        return submitTime;
    }

    /** Whether the work no longer matters (e.g. the justitiabele was released); skipped when dequeued. */
    protected abstract boolean obsolete();

    /** Called when the work is done, at the completion time. */
    protected abstract void completed();

    final long sequence() {
        return sequence;
    }

    final void enqueue(StaffPool owner, long seq, double now) {
        this.pool = owner;
        this.sequence = seq;
        this.submitTime = now;
        this.state = State.QUEUED;
    }

    final void startService() {
        state = State.IN_SERVICE;
    }

    @Override
    public final void actions() {
        state = State.DONE;
        pool.finish(this);
        completed();
    }
}
