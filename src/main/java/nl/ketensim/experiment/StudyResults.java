package nl.ketensim.experiment;

import java.util.ArrayList;
import java.util.List;
import nl.ketensim.results.ReplicationResult;

/**
 * The replications of every variant of a study, variant by variant, each in ascending
 * replication order. Under common random numbers position i of every variant is the same
 * replication index (the same random substream), so values can be paired by position.
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

    /** Replications per variant (the same for all variants). */
    public int replications() {
        return variants.isEmpty() ? 0 : variants.get(0).size();
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
        List<ReplicationResult> list = variants.get(v);
        double[] values = new double[list.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = list.get(i).metrics().get(m).value();
        }
        return values;
    }
}
