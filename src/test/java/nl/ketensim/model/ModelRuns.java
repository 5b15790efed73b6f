package nl.ketensim.model;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.ketensim.results.Metric;
import nl.ketensim.results.ReplicationResult;
import nl.ketensim.scenario.Scenario;
import nl.ketensim.scenario.ScenarioException;
import nl.ketensim.scenario.ScenarioLoader;
import org.apache.commons.math3.distribution.TDistribution;

/** Test support: load scenarios, run replications, read metrics, paired statistics. */
final class ModelRuns {

    static final Path BASIS = Path.of("scenarios/basis.yaml");

    private ModelRuns() {
    }

    static Scenario basis(String... overrides) {
        try {
            return ScenarioLoader.load(BASIS, List.of(overrides));
        } catch (ScenarioException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    /** Replications 0..n-1 of the scenario, sequentially. */
    static List<ReplicationResult> run(Scenario scenario, long seed, int replications, double years) {
        ReintegrationModel model = new ReintegrationModel(scenario, seed);
        List<ReplicationResult> results = new ArrayList<>();
        for (int r = 0; r < replications; r++) {
            results.add(model.run(r, years));
        }
        return results;
    }

    static double value(ReplicationResult result, String group, String metric) {
        return result.metrics().stream()
                .filter(m -> m.group().equals(group) && m.metric().equals(metric))
                .mapToDouble(Metric::value)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no metric " + group + "|" + metric));
    }

    /** Per-replication values of one metric. */
    static double[] values(List<ReplicationResult> results, String group, String metric) {
        return results.stream().mapToDouble(r -> value(r, group, metric)).toArray();
    }

    /** Per-replication sum of the metrics of group all whose name starts with {@code prefix} and ends with {@code suffix}. */
    static double[] sumOf(List<ReplicationResult> results, String prefix, String suffix) {
        return results.stream().mapToDouble(r -> r.metrics().stream()
                .filter(m -> m.group().equals("all") && m.metric().startsWith(prefix) && m.metric().endsWith(suffix))
                .mapToDouble(Metric::value).sum()).toArray();
    }

    static double mean(double[] x) {
        return Arrays.stream(x).average().orElseThrow();
    }

    static double standardError(double[] x) {
        double mean = mean(x);
        double ss = Arrays.stream(x).map(v -> (v - mean) * (v - mean)).sum();
        return Math.sqrt(ss / (x.length - 1) / x.length);
    }

    static double[] differences(double[] a, double[] b) {
        double[] d = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            d[i] = a[i] - b[i];
        }
        return d;
    }

    /** Two-sided Student-t critical value for n observations at significance {@code alpha}. */
    static double tCritical(int n, double alpha) {
        return new TDistribution(n - 1).inverseCumulativeProbability(1 - alpha / 2);
    }
}
