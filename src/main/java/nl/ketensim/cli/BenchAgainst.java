package nl.ketensim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import nl.ketensim.experiment.ReplicationFunction;
import nl.ketensim.output.BuildInfo;
import nl.ketensim.output.Decimals;

/**
 * {@code bench --against OTHER}: this build against another build in the same JVM
 * ({@link OtherBuild}, {@link InJvmComparison}), printed round by round and summarised as thread
 * CPU per measured replication-year (seconds), the ratio this/other and the speed-up other/this.
 */
final class BenchAgainst {

    private final PrintWriter out;
    private final double years;

    /**
     * @param out   where the rounds and the summary go
     * @param years measured years per replication (years, &gt; 0)
     */
    BenchAgainst(PrintWriter out, double years) {
        this.out = out;
        this.years = years;
    }

    /**
     * Runs {@code warmupRounds} + {@code measuredRounds} rounds of {@code thisBuild} and
     * {@code other}, replication k in round k.
     */
    void compare(ReplicationFunction thisBuild, Path thisScenario, OtherBuild other, Path otherScenario,
                 long seed, int warmupRounds, int measuredRounds) {
        out.printf(Locale.ROOT, "ketensim %s bench against %s, in one JVM (own class loader)%n", BuildInfo.version(),
                other.name());
        out.printf(Locale.ROOT, "this: %s; other: %s; seed %d; %s measured years per replication%n", thisScenario,
                otherScenario, seed, Decimals.format(years));
        out.printf(Locale.ROOT, "Round k runs replication k of both builds on this thread, the order flipped each"
                + " round; %s.%n", warmupRounds == 0 ? "no JIT warm-up rounds"
                : "the first " + warmupRounds + " round(s) are JIT warm-up, left out of the summary");
        out.printf(Locale.ROOT, "Thread CPU per replication-year = the replication's thread CPU / %s measured years"
                + " (warm-up and follow-up included; GC threads not).%n%n", Decimals.format(years));
        out.printf(Locale.ROOT, "%5s  %-11s  %11s  %11s  %10s  %11s  %11s%n", "round", "first", "this s/y", "other s/y",
                "this/other", "this events", "other events");
        out.flush();
        InJvmComparison comparison = new InJvmComparison(r -> thisBuild.run(r).eventsProcessed(),
                r -> other.run(r, years).eventsProcessed(), years);
        List<InJvmComparison.Round> rounds = comparison.run(warmupRounds, measuredRounds, this::print);
        InJvmComparison.Summary s = InJvmComparison.summary(rounds);
        String row = "%-40s %s%n";
        out.printf(Locale.ROOT, "%nSummary of the %d measured rounds%n", measuredRounds);
        out.printf(Locale.ROOT, row, "thread CPU per replication-year, this",
                String.format(Locale.ROOT, "%.3f s (median)", s.thisMedian()));
        out.printf(Locale.ROOT, row, "thread CPU per replication-year, other",
                String.format(Locale.ROOT, "%.3f s (median)", s.otherMedian()));
        out.printf(Locale.ROOT, row, "ratio this/other",
                String.format(Locale.ROOT, "%.3f median (quartiles %.3f-%.3f); %.3f of the sums", s.medianRatio(),
                        s.lowerQuartile(), s.upperQuartile(), s.sumRatio()));
        out.printf(Locale.ROOT, row, "speed-up other/this",
                String.format(Locale.ROOT, "%.2fx (1 / median ratio; %.2fx of the sums)", s.speedUp(),
                        1 / s.sumRatio()));
        out.flush();
    }

    private void print(InJvmComparison.Round r) {
        out.printf(Locale.ROOT, "%5d  %-11s  %11.3f  %11.3f  %10.3f  %11d  %11d%n", r.round(),
                (r.thisFirst() ? "this" : "other") + (r.warmup() ? " (JIT)" : ""), r.thisCpu(), r.otherCpu(),
                r.ratio(), r.thisEvents(), r.otherEvents());
        out.flush();
    }
}
