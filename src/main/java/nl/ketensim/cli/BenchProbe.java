package nl.ketensim.cli;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import nl.ketensim.model.RunProbe;
import nl.ketensim.model.RunStatistics;

/**
 * The benchmark's probe of one replication: keeps its {@link RunStatistics} and, when asked, the
 * live heap after a full GC at the start of the measurement, at the end of every measured year and
 * at the end of the measurement (one replication per thread: the heap is the JVM's). The time spent
 * in those GCs is kept so that it can be left out of the replication's time.
 */
final class BenchProbe implements RunProbe {

    private static final double DAYS_PER_YEAR = 365.0;

    private final boolean countByKind;
    private final boolean checkHeap;
    private RunStatistics statistics;
    private final List<double[]> liveHeap = new ArrayList<>();
    private double nextCheck = Double.NEGATIVE_INFINITY;
    private long gcNanos;

    /**
     * @param countByKind count the events by kind
     * @param checkHeap   run a full GC at the milestones and record the live heap
     */
    BenchProbe(boolean countByKind, boolean checkHeap) {
        this.countByKind = countByKind;
        this.checkHeap = checkHeap;
    }

    @Override
    public boolean countsByKind() {
        return countByKind;
    }

    @Override
    public void measuring(double time, boolean end) {
        if (!checkHeap || (time < nextCheck && !end)) {
            return;
        }
        boolean start = liveHeap.isEmpty();
        long t0 = System.nanoTime();
        System.gc();
        long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        gcNanos += System.nanoTime() - t0;
        liveHeap.add(new double[] {time, used});
        nextCheck = (start ? time : nextCheck) + DAYS_PER_YEAR - 1.0; // a period end within a day of the year
    }

    @Override
    public void finished(RunStatistics stats) {
        this.statistics = stats;
    }

    /** The replication's statistics; null when the model did not report them (a fake). */
    RunStatistics statistics() {
        return statistics;
    }

    /** Per check: simulation time (days) and heap used after the full GC (bytes). */
    List<double[]> liveHeap() {
        return liveHeap;
    }

    /** Seconds spent in the probe's full GCs. */
    double gcSeconds() {
        return gcNanos / 1e9;
    }
}
