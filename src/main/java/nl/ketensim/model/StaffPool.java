package nl.ketensim.model;

import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.PriorityQueue;
import java.util.Queue;
import nl.ketensim.scenario.Staffing.QueueDiscipline;
import umontreal.ssj.simevents.Accumulate;
import umontreal.ssj.simevents.Simulator;
import umontreal.ssj.stat.Tally;

/**
 * A pool of staff (one partner at one PI or region) modelled as identical servers with a shared
 * queue. Capacity {@code fte × productiveHoursPerWeek} is spread over {@code max(1, round(fte))}
 * servers, so a server works {@link #hoursPerDayPerServer()} hours per calendar day and an item of h
 * hours occupies it for {@code h / hoursPerDayPerServer} days. Obsolete items are skipped when
 * they reach the head of the queue (lazy removal). An unlimited pool (the relief switch
 * {@code staffing.<partner>.unlimited}) starts every item at once at the same pace: no queue, no
 * wait; its utilisation is then the work offered relative to its servers (capped at 1).
 */
public final class StaffPool {

    private static final Comparator<WorkItem> EARLIEST_DEADLINE =
            Comparator.comparingDouble(WorkItem::deadline).thenComparingLong(WorkItem::sequence);

    private final Simulator sim;
    private final String name;
    private final int servers;
    private boolean unlimited;
    private final double hoursPerDayPerServer;
    private final Queue<WorkItem> queue;
    private final Accumulate busyServers;
    private final Tally waitDays;
    private int busy;
    private long nextSequence;

    /**
     * @param sim                    the replication's simulator
     * @param name                   readable name, e.g. {@code casemanager PI Vught}
     * @param fte                    staff (FTE, &gt; 0)
     * @param productiveHoursPerWeek hours per FTE per week for case work (hours/week, &gt; 0)
     * @param discipline             queue discipline
     */
    public StaffPool(Simulator sim, String name, double fte, double productiveHoursPerWeek,
                     QueueDiscipline discipline) {
        this(sim, name, Math.max(1, (int) Math.round(fte)),
                fte * productiveHoursPerWeek / 7.0 / Math.max(1, (int) Math.round(fte)), discipline);
    }

    /**
     * @param sim                  the replication's simulator
     * @param name                 readable name
     * @param servers              number of servers (&gt;= 1)
     * @param hoursPerDayPerServer work hours one server delivers per calendar day (hours/day, &gt; 0)
     * @param discipline           queue discipline
     */
    public StaffPool(Simulator sim, String name, int servers, double hoursPerDayPerServer,
                     QueueDiscipline discipline) {
        this.sim = sim;
        this.name = name;
        this.servers = servers;
        this.hoursPerDayPerServer = hoursPerDayPerServer;
        this.queue = discipline == QueueDiscipline.EDF
                ? new PriorityQueue<>(EARLIEST_DEADLINE) : new ArrayDeque<>();
        this.busyServers = new Accumulate(sim, name + " busy servers");
        this.waitDays = new Tally(name + " wait (days)");
    }

    /** Makes the pool unlimited: every item submitted from now on starts at once. */
    void serveEveryItemAtOnce() {
        this.unlimited = true;
    }

    /** Adds work; it starts at once when a server is free (always when unlimited), otherwise waits. */
    public void submit(WorkItem item) {
        item.enqueue(this, nextSequence++, sim.time());
        if (busy < servers || unlimited) {
            start(item);
        } else {
            queue.add(item);
        }
    }

    /** Running totals now: busy server-days and waits since time 0. */
    public PoolReading reading() {
        busyServers.update(busy);
        return new PoolReading(sim.time(), servers, busyServers.sum(), waitDays.sum(), waitDays.numberObs());
    }

    /** Number of servers. */
    public int servers() {
        return servers;
    }

    /** Hours of work one server delivers per calendar day (hours/day). */
    public double hoursPerDayPerServer() {
        return hoursPerDayPerServer;
    }

    /** Items currently waiting, obsolete ones included until they reach the head. */
    public int queueLength() {
        return queue.size();
    }

    /** Readable name. */
    public String name() {
        return name;
    }

    @Override
    public String toString() {
        return name + " (" + servers + " servers)";
    }

    void finish(WorkItem done) {
        WorkItem next;
        while ((next = queue.poll()) != null) {
            if (!next.obsolete()) {
                waitDays.add(sim.time() - next.submitTime());
                serve(next);
                return;
            }
        }
        busy--;
        busyServers.update(busy);
    }

    private void start(WorkItem item) {
        busy++;
        busyServers.update(busy);
        waitDays.add(0.0);
        serve(item);
    }

    private void serve(WorkItem item) {
        item.startService();
        item.schedule(item.hours() / hoursPerDayPerServer);
    }
}
