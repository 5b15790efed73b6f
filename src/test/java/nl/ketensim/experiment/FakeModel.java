package nl.ketensim.experiment;

import java.util.ArrayList;
import java.util.List;
import nl.ketensim.results.Metric;
import nl.ketensim.results.ReplicationResult;
import umontreal.ssj.rng.MRG32k3a;

/**
 * A deterministic stand-in for the model: replication r draws its values from substream r of one
 * fixed MRG32k3a stream, so its result depends on r only. Group {@code vrouw} is empty (NaN)
 * in every third replication.
 */
public final class FakeModel {

    private static final long[] SEED = {12345, 12345, 12345, 12345, 12345, 12345};

    private FakeModel() { }

    /** The result of replication {@code r}. */
    public static ReplicationResult replication(int r) {
        MRG32k3a stream = new MRG32k3a();
        stream.setSeed(SEED);
        for (int i = 0; i < r; i++) {
            stream.resetNextSubstream();
        }
        List<Metric> metrics = new ArrayList<>();
        metrics.add(new Metric("all", "releases_per_year", "persons/year", 30000 + 200 * stream.nextDouble()));
        metrics.add(new Metric("all", "stay_days_mean", "days", 100 + 20 * stream.nextDouble()));
        metrics.add(new Metric("all", "without_at_release.id", "share", 0.1 + 0.1 * stream.nextDouble()));
        metrics.add(new Metric("stay_gt_14d", "releases_per_year", "persons/year", 20000 + 200 * stream.nextDouble()));
        metrics.add(new Metric("vrouw", "stay_days_mean", "days", r % 3 == 0 ? Double.NaN : 90 + stream.nextDouble()));
        metrics.add(new Metric("all", "missed_per_year.onderdak.kort_verblijf", "persons/year", 900 + 10 * stream.nextDouble()));
        metrics.add(new Metric("all", "missed_per_year.id.capaciteit_gemeente", "persons/year", 200 + 10 * stream.nextDouble()));
        metrics.add(new Metric("all", "missed_per_year.id.kort_verblijf", "persons/year", 600 + 10 * stream.nextDouble()));
        metrics.add(new Metric("all", "missed_per_year.onderdak.externe_voorziening", "persons/year", 1800 + 10 * stream.nextDouble()));
        return new ReplicationResult(r, metrics, 100_000L + r);
    }

    /** An experiment of replications 0..n-1, run on one thread. */
    public static ExperimentResult experiment(int n) {
        return new ReplicationRunner(1, ProgressListener.NONE).run(n, FakeModel::replication);
    }
}
