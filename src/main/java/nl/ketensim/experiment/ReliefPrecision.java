package nl.ketensim.experiment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;
import nl.ketensim.results.ReplicationResult;
import nl.ketensim.stats.IntervalEstimate;
import nl.ketensim.stats.StudentTInterval;

/**
 * The sequential design of {@code knelpunten --precision REL}: each relief gets as many paired
 * replications as its own interval needs. Every variant starts with {@code start} replications
 * (0..start-1). After each round, a relief (every variant but the base) is refined when it
 * <em>matters</em> (its mean misses prevented per year is at least {@code minEffect} times the
 * base's misses over the same replications) and its paired Student-t 95% half-width is above
 * {@code REL} times the misses it prevents; it then gets the count its current standard deviation
 * predicts (t-quantile included), at least one more, at most twice as many and at most
 * {@code max}. The base is run as far as the longest relief, so every relief is paired with the
 * base's replications of the same indices (common random numbers). The rule sees only the results,
 * never the thread count or timing: the same seed stops at the same counts.
 */
public final class ReliefPrecision {

    private static final double LEVEL = StudentTInterval.LEVEL_95;

    private final double relative;
    private final double minEffect;
    private final int start;
    private final int max;
    private final ToDoubleFunction<ReplicationResult> response;

    /**
     * @param relative  target half-width as a fraction of the misses prevented, 0 &lt; relative &lt; 1
     * @param minEffect a relief matters from this fraction of the base's misses on, 0 &le; minEffect &lt; 1
     * @param start     replications every variant starts with, &ge; 2
     * @param max       upper limit per variant, &ge; start
     * @param response  the misses per year of one replication (persons/year)
     */
    public ReliefPrecision(double relative, double minEffect, int start, int max,
                           ToDoubleFunction<ReplicationResult> response) {
        if (!(relative > 0 && relative < 1) || !(minEffect >= 0 && minEffect < 1) || start < 2 || max < start) {
            throw new IllegalArgumentException("need 0 < relative < 1, 0 <= minEffect < 1, 2 <= start <= max; got "
                    + relative + ", " + minEffect + ", " + start + ", " + max);
        }
        this.relative = relative;
        this.minEffect = minEffect;
        this.start = start;
        this.max = max;
        this.response = response;
    }

    /** The rule for the misses per year of all basisvoorwaarden together (group {@code all}). */
    public static ReliefPrecision forMisses(double relative, double minEffect, int start, int max) {
        return new ReliefPrecision(relative, minEffect, start, max,
                r -> MissedResponses.total(r, MissedResponses.ALL));
    }

    /**
     * Runs the design: all variants to {@code start}, then rounds of the replications the rule
     * asks for until it asks for none.
     *
     * @param base index of the base variant among {@code variants}
     */
    public Outcome run(StudyRunner runner, List<ReplicationFunction> variants, int base) {
        int[] counts = new int[variants.size()];
        Arrays.fill(counts, start);
        StudyResults results = runner.runEach(variants, ranges(new int[variants.size()], counts));
        List<Status> statuses = assess(results, base);
        int[] next = next(statuses, counts, base);
        while (!Arrays.equals(next, counts)) {
            results = results.append(runner.runEach(variants, ranges(counts, next)));
            counts = next;
            statuses = assess(results, base);
            next = next(statuses, counts, base);
        }
        return new Outcome(results, statuses);
    }

    /** The verdict on every relief (every variant but {@code base}), in variant order. */
    public List<Status> assess(StudyResults results, int base) {
        List<Status> statuses = new ArrayList<>();
        List<ReplicationResult> baseRuns = results.variant(base);
        for (int v = 0; v < results.variants().size(); v++) {
            if (v == base) {
                continue;
            }
            List<ReplicationResult> relieved = results.variant(v);
            int n = Math.min(relieved.size(), baseRuns.size());
            double[] prevented = new double[n];
            double[] baseMisses = new double[n];
            for (int i = 0; i < n; i++) {
                baseMisses[i] = response.applyAsDouble(baseRuns.get(i));
                prevented[i] = baseMisses[i] - response.applyAsDouble(relieved.get(i));
            }
            IntervalEstimate e = StudentTInterval.mean95(prevented);
            double half = e.hasInterval() ? e.halfWidth() : Double.POSITIVE_INFINITY;
            double baseMean = StudentTInterval.mean95(baseMisses).mean();
            boolean matters = Math.abs(e.mean()) >= minEffect * Math.abs(baseMean);
            boolean met = half <= relative * Math.abs(e.mean());
            statuses.add(new Status(v, n, e.mean(), half, matters, met, predicted(n, half, e.mean())));
        }
        return statuses;
    }

    /**
     * The counts for the next round: refined reliefs get their prediction; the base as many as
     * the longest relief. Equal to {@code counts} when the design is done.
     */
    int[] next(List<Status> statuses, int[] counts, int base) {
        int[] next = counts.clone();
        int longest = counts[base];
        for (Status s : statuses) {
            if (s.refine() && counts[s.variant()] < max) {
                next[s.variant()] = s.predicted();
            }
            longest = Math.max(longest, next[s.variant()]);
        }
        next[base] = longest;
        return next;
    }

    /**
     * The smallest count m with t(m-1)·sd/&radic;m &le; REL·|mean|, between n + 1 and
     * min(2n, max).
     */
    private int predicted(int n, double half, double mean) {
        int upper = Math.min(2 * n, max);
        double sd = half * Math.sqrt(n) / StudentTInterval.critical(n, LEVEL);
        double target = relative * Math.abs(mean);
        for (int m = n + 1; m < upper; m++) {
            if (StudentTInterval.critical(m, LEVEL) * sd / Math.sqrt(m) <= target) {
                return m;
            }
        }
        return Math.max(n, upper);
    }

    private static List<List<Integer>> ranges(int[] from, int[] to) {
        List<List<Integer>> lists = new ArrayList<>();
        for (int v = 0; v < from.length; v++) {
            List<Integer> list = new ArrayList<>();
            for (int r = from[v]; r < to[v]; r++) {
                list.add(r);
            }
            lists.add(list);
        }
        return lists;
    }

    /** The target half-width as a fraction of the misses prevented. */
    public double relative() {
        return relative;
    }

    /** The fraction of the base's misses from which a relief matters. */
    public double minEffect() {
        return minEffect;
    }

    /** The replications every variant starts with. */
    public int start() {
        return start;
    }

    /** The upper limit on replications per variant. */
    public int max() {
        return max;
    }

    /**
     * One relief after a round.
     *
     * @param variant   its index in the plan
     * @param n         pairs (replications of the relief)
     * @param prevented mean misses prevented per year (persons/year)
     * @param halfWidth paired 95% half-width of that mean (persons/year); infinite below 2 pairs
     * @param matters   prevented &ge; minEffect × the base's misses
     * @param met       halfWidth &le; REL × |prevented|
     * @param predicted the count the rule would ask for next if refined
     */
    public record Status(int variant, int n, double prevented, double halfWidth, boolean matters, boolean met,
                         int predicted) {

        /** Whether the rule wants more replications of this relief. */
        public boolean refine() {
            return matters && !met;
        }

        /** The half-width as a fraction of |prevented|. */
        public double relativeHalfWidth() {
            return halfWidth / Math.abs(prevented);
        }
    }

    /**
     * @param results  the replications run: per variant 0..n_v-1
     * @param statuses the final verdict on every relief
     */
    public record Outcome(StudyResults results, List<Status> statuses) {

        /** Whether every relief that matters met the target. */
        public boolean met() {
            return statuses.stream().noneMatch(Status::refine);
        }
    }
}
