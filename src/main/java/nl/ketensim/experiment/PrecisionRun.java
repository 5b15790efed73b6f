package nl.ketensim.experiment;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs replications 0..n-1 of all variants and adds replications until the
 * {@link PrecisionTarget} is met or {@code maxReplications} is reached. The sequence of counts
 * depends only on the results, never on the thread count, so the same seed stops at the same n.
 */
public final class PrecisionRun {

    private PrecisionRun() { }

    /**
     * @param initial         replications to start with, &ge; 2
     * @param maxReplications upper limit, &ge; initial
     */
    public static Outcome run(StudyRunner runner, List<ReplicationFunction> variants, int initial,
                              int maxReplications, PrecisionTarget target) {
        if (initial < 2 || maxReplications < initial) {
            throw new IllegalArgumentException("need 2 <= initial <= max, got " + initial + ", " + maxReplications);
        }
        StudyResults results = runner.run(variants, range(0, initial));
        PrecisionTarget.Check check = target.check(results);
        while (!check.met() && results.replications() < maxReplications) {
            int n = results.replications();
            int next = PrecisionTarget.next(n, check, maxReplications);
            results = results.append(runner.run(variants, range(n, next)));
            check = target.check(results);
        }
        return new Outcome(results, check);
    }

    private static List<Integer> range(int from, int to) {
        List<Integer> list = new ArrayList<>(to - from);
        for (int r = from; r < to; r++) {
            list.add(r);
        }
        return list;
    }

    /**
     * @param results the replications run, 0..n-1 per variant
     * @param check   the rule's verdict on them
     */
    public record Outcome(StudyResults results, PrecisionTarget.Check check) { }
}
