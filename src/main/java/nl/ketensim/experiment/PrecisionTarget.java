package nl.ketensim.experiment;

import java.util.ArrayList;
import java.util.List;
import nl.ketensim.domain.Basisvoorwaarde;
import nl.ketensim.results.Metric;
import nl.ketensim.results.ReplicationResult;
import nl.ketensim.stats.IntervalEstimate;
import nl.ketensim.stats.StudentTInterval;

/**
 * The stopping rule of {@code --precision REL}: every key metric of every variant must have a
 * Student-t 95% half-width of at most {@code REL} times the absolute value of its mean. Key
 * metrics are {@link #KEY_METRICS}; those the model does not report are ignored, as are metrics
 * with no value at all (empty group).
 */
public final class PrecisionTarget {

    /** The key metrics ({@code group|metric}): releases per year and the share without each basisvoorwaarde. */
    public static final List<String> KEY_METRICS = keyMetrics();

    private final double relative;

    /**
     * @param relative the target: half-width / |mean| &le; relative, with 0 &lt; relative &lt; 1
     */
    public PrecisionTarget(double relative) {
        if (!(relative > 0 && relative < 1)) {
            throw new IllegalArgumentException("relative precision must be in (0, 1), got " + relative);
        }
        this.relative = relative;
    }

    /** The target half-width as a fraction of the mean. */
    public double relative() {
        return relative;
    }

    /**
     * Checks the rule on the results so far.
     *
     * @return whether it is met, the worst metric and its ratio half-width / (REL·|mean|) (&le; 1 when met)
     */
    public Check check(StudyResults results) {
        Check worst = new Check(true, "", 0);
        for (List<ReplicationResult> variant : results.variants()) {
            List<Metric> layout = variant.get(0).metrics();
            for (int m = 0; m < layout.size(); m++) {
                if (!KEY_METRICS.contains(layout.get(m).key())) {
                    continue;
                }
                double[] values = new double[variant.size()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = variant.get(i).metrics().get(m).value();
                }
                double ratio = ratio(StudentTInterval.mean95(values));
                if (!(ratio <= worst.ratio)) {
                    worst = new Check(ratio <= 1, layout.get(m).key(), ratio);
                }
            }
        }
        return worst;
    }

    private double ratio(IntervalEstimate e) {
        if (e.n() == 0) {
            return 0;
        }
        if (!e.hasInterval()) {
            return Double.POSITIVE_INFINITY;
        }
        double half = e.halfWidth();
        if (half == 0) {
            return 0;
        }
        return half / (relative * Math.abs(e.mean()));
    }

    /**
     * The next replication count to try after {@code n} did not meet the rule: the count the
     * current ratio suggests (half-width shrinks as 1/&radic;n), at least n + 1, at most 2n and
     * at most {@code max}.
     */
    public static int next(int n, Check check, int max) {
        double suggested = Math.ceil(n * check.ratio() * check.ratio());
        int grow = suggested > 2.0 * n || Double.isNaN(suggested) ? 2 * n : (int) suggested;
        return Math.min(max, Math.max(n + 1, grow));
    }

    private static List<String> keyMetrics() {
        List<String> keys = new ArrayList<>();
        keys.add("all|releases_per_year");
        for (Basisvoorwaarde b : Basisvoorwaarde.values()) {
            keys.add("all|without_at_release." + b.key());
        }
        return List.copyOf(keys);
    }

    /**
     * @param met       whether every key metric meets the target
     * @param worstKey  the key metric furthest from it ({@code group|metric}), empty if none
     * @param ratio     its half-width / (REL·|mean|); infinite with fewer than 2 values
     */
    public record Check(boolean met, String worstKey, double ratio) { }
}
