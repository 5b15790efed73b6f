package nl.ketensim.experiment;

import java.util.ArrayList;
import java.util.List;
import nl.ketensim.results.ReplicationResult;

/**
 * The replications of every variant of a study, variant by variant, each in ascending
 * replication order from 0. Under common random numbers position i of every variant is the same
 * replication index (the same random substream), so values can be paired by position. Variants
 * usually have the same count; a sequential design ({@link ReliefPrecision}) may give each its
 * own, and then pairs are the first min(n1, n2) replications of both.
 *
 * @param variants    per variant (in plan order) its results, ascending by replication
 * @param threads     worker threads used (&ge; 1)
 * @param wallSeconds wall-clock time of all runs together (seconds)
 */
public record StudyResults(List<List<ReplicationResult>> variants, int threads, double wallSeconds) {

    public StudyResults {
        List<List<ReplicationResult>> copy = new ArrayList<>(variants.size());
        for (List<ReplicationResult> v : variants) {
            copy.add(List.copyOf(v));
        }
        variants = List.copyOf(copy);
    }

    /** The results of variant {@code v}. */
    public List<ReplicationResult> variant(int v) {
        return variants.get(v);
    }

    /** Replications of variant 0 (the base; the count of every variant unless a sequential design varied it). */
    public int replications() {
        return variants.isEmpty() ? 0 : variants.get(0).size();
    }

    /** Whether some variants have fewer replications than others. */
    public boolean unequal() {
        return variants.stream().mapToInt(List::size).distinct().count() > 1;
    }

    /** The smallest replication count over the variants. */
    public int fewestReplications() {
        return variants.stream().mapToInt(List::size).min().orElse(0);
    }

    /** Replications over all variants together (runs). */
    public int runs() {
        return variants.stream().mapToInt(List::size).sum();
    }

    /** SSJ events over all variants and replications. */
    public long totalEvents() {
        long total = 0;
        for (List<ReplicationResult> v : variants) {
            for (ReplicationResult r : v) {
                total += r.eventsProcessed();
            }
        }
        return total;
    }

    /** These results followed by {@code more} (replications appended per variant). */
    public StudyResults append(StudyResults more) {
        List<List<ReplicationResult>> joined = new ArrayList<>();
        for (int v = 0; v < variants.size(); v++) {
            List<ReplicationResult> list = new ArrayList<>(variants.get(v));
            list.addAll(more.variant(v));
            joined.add(list);
        }
        return new StudyResults(joined, Math.max(threads, more.threads), wallSeconds + more.wallSeconds);
    }

    /** The value of metric position {@code m} in each replication of variant {@code v}. */
    public double[] values(int v, int m) {
        return values(v, m, variants.get(v).size());
    }

    /** The value of metric position {@code m} in the first {@code n} replications of variant {@code v}. */
    public double[] values(int v, int m, int n) {
        List<ReplicationResult> list = variants.get(v).subList(0, n);
        double[] values = new double[list.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = list.get(i).metrics().get(m).value();
        }
        return values;
    }
}
