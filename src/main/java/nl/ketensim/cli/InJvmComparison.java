package nl.ketensim.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntToLongFunction;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;

/**
 * Runs the same replications of two builds alternately on the calling thread and measures each
 * replication's CPU time of that thread. Round k runs replication k of both builds, this build
 * first in even rounds and the other first in odd rounds; the first {@code warmupRounds} rounds pay
 * for JIT compilation and are left out of the summary. Ratios within a round compare two runs made
 * seconds apart, so the load of a shared machine largely cancels.
 */
final class InJvmComparison {

    /**
     * One round.
     *
     * @param round       round index, from 0
     * @param warmup      a JIT warm-up round, left out of the summary
     * @param thisFirst   this build ran first
     * @param thisCpu     this build's thread CPU per measured replication-year (seconds)
     * @param otherCpu    the other build's thread CPU per measured replication-year (seconds)
     * @param thisEvents  events of this build's replication
     * @param otherEvents events of the other build's replication
     */
    record Round(int round, boolean warmup, boolean thisFirst, double thisCpu, double otherCpu,
                 long thisEvents, long otherEvents) {

        /** Thread CPU of this build over the other's. */
        double ratio() {
            return thisCpu / otherCpu;
        }
    }

    /**
     * The measured rounds together.
     *
     * @param medianRatio   median of the rounds' ratios this/other
     * @param lowerQuartile 25th percentile of the ratios
     * @param upperQuartile 75th percentile of the ratios
     * @param sumRatio      summed CPU of this build over summed CPU of the other
     * @param thisMedian    median thread CPU per replication-year of this build (seconds)
     * @param otherMedian   median thread CPU per replication-year of the other build (seconds)
     */
    record Summary(double medianRatio, double lowerQuartile, double upperQuartile, double sumRatio,
                   double thisMedian, double otherMedian) {

        /** How many times faster this build is: other/this, from the median ratio. */
        double speedUp() {
            return 1 / medianRatio;
        }
    }

    private final IntToLongFunction thisBuild;
    private final IntToLongFunction otherBuild;
    private final double years;

    /**
     * @param thisBuild  runs a replication of this build, returns its events
     * @param otherBuild runs the same replication of the other build, returns its events
     * @param years      measured years per replication (years, &gt; 0)
     */
    InJvmComparison(IntToLongFunction thisBuild, IntToLongFunction otherBuild, double years) {
        this.thisBuild = thisBuild;
        this.otherBuild = otherBuild;
        this.years = years;
    }

    /** Runs {@code warmupRounds} then {@code measuredRounds} rounds, telling {@code after} each. */
    List<Round> run(int warmupRounds, int measuredRounds, Consumer<Round> after) {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        List<Round> rounds = new ArrayList<>();
        for (int k = 0; k < warmupRounds + measuredRounds; k++) {
            boolean thisFirst = k % 2 == 0;
            long[] thisRun;
            long[] otherRun;
            if (thisFirst) {
                thisRun = timed(cpu, thisBuild, k);
                otherRun = timed(cpu, otherBuild, k);
            } else {
                otherRun = timed(cpu, otherBuild, k);
                thisRun = timed(cpu, thisBuild, k);
            }
            Round round = new Round(k, k < warmupRounds, thisFirst, thisRun[0] / 1e9 / years,
                    otherRun[0] / 1e9 / years, thisRun[1], otherRun[1]);
            rounds.add(round);
            after.accept(round);
        }
        return rounds;
    }

    /** The summary of the measured rounds (at least one). */
    static Summary summary(List<Round> rounds) {
        DescriptiveStatistics ratios = new DescriptiveStatistics();
        DescriptiveStatistics thisCpu = new DescriptiveStatistics();
        DescriptiveStatistics otherCpu = new DescriptiveStatistics();
        for (Round r : rounds) {
            if (!r.warmup()) {
                ratios.addValue(r.ratio());
                thisCpu.addValue(r.thisCpu());
                otherCpu.addValue(r.otherCpu());
            }
        }
        return new Summary(ratios.getPercentile(50), ratios.getPercentile(25), ratios.getPercentile(75),
                thisCpu.getSum() / otherCpu.getSum(), thisCpu.getPercentile(50), otherCpu.getPercentile(50));
    }

    /** Thread CPU (ns) and events of one replication. */
    private static long[] timed(ThreadMXBean cpu, IntToLongFunction build, int replication) {
        long start = cpu.getCurrentThreadCpuTime();
        long events = build.applyAsLong(replication);
        return new long[] {cpu.getCurrentThreadCpuTime() - start, events};
    }
}
