package nl.ketensim.model;

/**
 * Running totals of one or more staff pools at a moment; the difference of two readings gives the
 * utilisation, mean backlog and mean wait in between.
 *
 * @param time             simulation time of the reading (days)
 * @param servers          servers of the pools read
 * @param busyServerDays   integral of busy servers since time 0 (server-days)
 * @param backlogHourDays  integral of the hours waiting since time 0 (hour-days)
 * @param waitDaysSum      sum of the waits of items that started service since time 0 (days)
 * @param waits            number of those items
 */
public record PoolReading(double time, int servers, double busyServerDays, double backlogHourDays,
                          double waitDaysSum, long waits) {

    /** The totals of this and another pool, read at the same time. */
    public PoolReading plus(PoolReading other) {
        return new PoolReading(time, servers + other.servers, busyServerDays + other.busyServerDays,
                backlogHourDays + other.backlogHourDays, waitDaysSum + other.waitDaysSum, waits + other.waits);
    }

    /**
     * Mean share of servers busy between {@code earlier} and this reading (0..1; NaN if no time
     * passed). Capped at 1, which the difference of two long sums can exceed by rounding, and an
     * unlimited pool by serving more items than it has servers.
     */
    public double utilisationSince(PoolReading earlier) {
        double capacity = servers * (time - earlier.time);
        return capacity > 0 ? Math.min(1.0, (busyServerDays - earlier.busyServerDays) / capacity) : Double.NaN;
    }

    /** Mean hours of work waiting between {@code earlier} and this reading (hours; NaN if no time passed). */
    public double backlogHoursSince(PoolReading earlier) {
        double days = time - earlier.time;
        return days > 0 ? Math.max(0.0, (backlogHourDays - earlier.backlogHourDays) / days) : Double.NaN;
    }

    /** Mean wait (days) of the items that started service between {@code earlier} and now (NaN if none). */
    public double meanWaitSince(PoolReading earlier) {
        long count = waits - earlier.waits;
        return count > 0 ? (waitDaysSum - earlier.waitDaysSum) / count : Double.NaN;
    }
}
