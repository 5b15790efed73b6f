package nl.ketensim.model;

import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.PriorityQueue;
import java.util.Queue;
import nl.ketensim.scenario.Staffing.QueueDiscipline;
import nl.ketensim.scenario.Staffing.TimePressure;
import umontreal.ssj.simevents.Accumulate;
import umontreal.ssj.simevents.Simulator;
import umontreal.ssj.stat.Tally;

/**
 * A pool of staff (one partner at one PI or region) modelled as identical servers with a shared
 * queue. Capacity {@code fte × productiveHoursPerWeek} is spread over {@code max(1, round(fte))}
 * servers, so a server works {@link #hoursPerDayPerServer()} hours per calendar day and an item of h
 * hours occupies it for {@code h × timeShare / hoursPerDayPerServer} days. The time share falls with
 * the backlog (hours waiting) by the scenario's {@link TimePressure}, so the pool serves faster, and
 * each person gets less, when work piles up. An unlimited pool serves every item at once, at full
 * hours (the relief switch {@code staffing.<partner>.unlimited}); its utilisation is the work offered
 * relative to its servers (capped at 1). Obsolete and withdrawn items are skipped when they reach
 * the head of the queue. Reserved work (an appointment kept, {@link #reserve}) goes ahead of the queue.
 */
public final class StaffPool {

    /** Earliest deadline first; of equal deadlines the one submitted first (package-private for a test). */
    static final Comparator<WorkItem> EARLIEST_DEADLINE =
            Comparator.comparingDouble(WorkItem::deadline).thenComparing(StaffPool::bySubmission);
    private static final TimePressure NO_PRESSURE = new TimePressure(false, 1, 1);

    private final Simulator sim;
    private final String name;
    private final int servers;
    private final double hoursPerDayPerServer;
    private final TimePressure pressure;
    private final boolean unlimited;
    private final Queue<WorkItem> queue;
    /** Reserved work waiting for the next server to come free, ahead of {@link #queue}. */
    private final Queue<WorkItem> reserved = new ArrayDeque<>();
    private final Accumulate busyServers;
    private final Accumulate backlog;
    private final Tally waitDays;
    private int busy;
    private double queuedHours;
    /**
     * Sequence of the next item submitted: an int (4 bytes less per item), which wraps after 2^31
     * items; {@link #bySubmission} compares across the wrap.
     */
    private int nextSequence;

    /**
     * @param sim                    the replication's simulator
     * @param name                   readable name, e.g. {@code casemanager PI Vught}
     * @param fte                    staff (FTE, &gt; 0)
     * @param productiveHoursPerWeek hours per FTE per week for case work (hours/week, &gt; 0)
     * @param discipline             queue discipline
     * @param pressure               how time per item falls with the backlog
     * @param unlimited              serve every item at once (no queue, no backlog, no pressure)
     */
    public StaffPool(Simulator sim, String name, double fte, double productiveHoursPerWeek,
                     QueueDiscipline discipline, TimePressure pressure, boolean unlimited) {
        this(sim, name, Math.max(1, (int) Math.round(fte)),
                fte * productiveHoursPerWeek / 7.0 / Math.max(1, (int) Math.round(fte)), discipline, pressure,
                unlimited);
    }

    /** A limited pool without time pressure (every item gets its full hours). */
    public StaffPool(Simulator sim, String name, int servers, double hoursPerDayPerServer,
                     QueueDiscipline discipline) {
        this(sim, name, servers, hoursPerDayPerServer, discipline, NO_PRESSURE, false);
    }

    /**
     * @param sim                  the replication's simulator
     * @param name                 readable name
     * @param servers              number of servers (&gt;= 1)
     * @param hoursPerDayPerServer work hours one server delivers per calendar day (hours/day, &gt; 0)
     * @param discipline           queue discipline
     * @param pressure             how time per item falls with the backlog
     * @param unlimited            serve every item at once
     */
    public StaffPool(Simulator sim, String name, int servers, double hoursPerDayPerServer,
                     QueueDiscipline discipline, TimePressure pressure, boolean unlimited) {
        this.sim = sim;
        this.name = name;
        this.servers = servers;
        this.hoursPerDayPerServer = hoursPerDayPerServer;
        this.pressure = pressure;
        this.unlimited = unlimited;
        this.queue = discipline == QueueDiscipline.EDF
                ? new PriorityQueue<>(EARLIEST_DEADLINE) : new ArrayDeque<>();
        this.busyServers = new Accumulate(sim, name + " busy servers");
        this.backlog = new Accumulate(sim, name + " backlog hours");
        this.waitDays = new Tally(name + " wait (days)");
    }

    /**
     * Orders two items by submission, by the sign of the difference of their sequences: right
     * across the wrap of the int sequence as long as fewer than 2^31 items were submitted between them
     * (no item waits that long in a queue).
     */
    private static int bySubmission(WorkItem a, WorkItem b) {
        return Integer.signum(a.sequence() - b.sequence());
    }

    /** Adds work; it starts at once when a server is free (always when unlimited), otherwise waits. */
    public void submit(WorkItem item) {
        add(item, queue);
    }

    /**
     * Adds reserved work: time kept in the agenda (a meeting the staff member chairs). It starts at
     * once when a server is free, otherwise with the next server to come free, ahead of the queue;
     * it costs its hours like any other item and the queued work waits the longer.
     */
    public void reserve(WorkItem item) {
        add(item, reserved);
    }

    /** Starts {@code item} when a server is free (always when unlimited), otherwise puts it in {@code waiting}. */
    private void add(WorkItem item, Queue<WorkItem> waiting) {
        item.enqueue(this, nextSequence++, sim.time());
        if (unlimited || busy < servers) {
            start(item);
        } else {
            waiting.add(item);
            changeBacklog(item.hours());
        }
    }

    /**
     * Share (0..1) of its nominal hours a compressible item taken up now gets: 1 without time
     * pressure, otherwise falling with the days of work waiting per server.
     */
    public double timeShare() {
        return unlimited ? 1.0 : pressure.share(backlogDays());
    }

    /** Work waiting per server, in days of that server's work (days). */
    public double backlogDays() {
        return queuedHours / (servers * hoursPerDayPerServer);
    }

    /** Hours of work waiting now (hours). */
    public double backlogHours() {
        return queuedHours;
    }

    /** Running totals now: busy server-days, backlog hour-days and waits since time 0. */
    public PoolReading reading() {
        busyServers.update(busy);
        backlog.update(queuedHours);
        return new PoolReading(sim.time(), servers, busyServers.sum(), backlog.sum(), waitDays.sum(),
                waitDays.numberObs());
    }

    /** Number of servers. */
    public int servers() {
        return servers;
    }

    /** Hours of work one server delivers per calendar day (hours/day). */
    public double hoursPerDayPerServer() {
        return hoursPerDayPerServer;
    }

    @Override
    public String toString() {
        return name + " (" + servers + " servers)";
    }

    void withdrawn(WorkItem item) {
        changeBacklog(-item.hours());
    }

    void finish(WorkItem done) {
        WorkItem next;
        while ((next = nextWaiting()) != null) {
            if (next.withdrawn()) {
                continue;
            }
            changeBacklog(-next.hours());
            if (!next.obsolete()) {
                waitDays.add(sim.time() - next.submitTime());
                serve(next);
                return;
            }
        }
        busy--;
        busyServers.update(busy);
    }

    /** The next waiting item: reserved work first, then the queue; null when nothing waits. */
    private WorkItem nextWaiting() {
        WorkItem next = reserved.poll();
        return next != null ? next : queue.poll();
    }

    private void changeBacklog(double hours) {
        queuedHours = queue.isEmpty() && reserved.isEmpty() ? 0.0 : queuedHours + hours; // exact 0 when empty
        backlog.update(queuedHours);
    }

    private void start(WorkItem item) {
        busy++;
        busyServers.update(busy);
        waitDays.add(0.0);
        serve(item);
    }

    private void serve(WorkItem item) {
        double share = item.compressible() ? timeShare() : 1.0;
        item.startService(sim.time(), share);
        item.schedule(serviceDays(item.hours(), share));
    }

    /** Days a server spends on an item of {@code hours} nominal hours given {@code share} of them (days). */
    double serviceDays(double hours, double share) {
        return hours * share / hoursPerDayPerServer;
    }
}
