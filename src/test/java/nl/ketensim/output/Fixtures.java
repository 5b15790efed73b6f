package nl.ketensim.output;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import nl.ketensim.experiment.ExperimentResult;
import nl.ketensim.results.Metric;
import nl.ketensim.results.ReplicationResult;

/** A small synthetic experiment with hand-checkable numbers. */
final class Fixtures {

    private Fixtures() { }

    /** Two replications; {@code vrouw} is empty in replication 1. */
    static ExperimentResult experiment() {
        return new ExperimentResult(List.of(
                new ReplicationResult(0, List.of(
                        new Metric("all", "stay_days_mean", "days", 100.5),
                        new Metric("vrouw", "stay_days_mean", "days", 80),
                        new Metric("all", "missed_per_year.id.kort_verblijf", "persons/year", 300),
                        new Metric("all", "missed_per_year.id.capaciteit_gemeente", "persons/year", 100),
                        new Metric("all", "missed_per_year.zorg.externe_voorziening", "persons/year", 0)), 1000),
                new ReplicationResult(1, List.of(
                        new Metric("all", "stay_days_mean", "days", 101.5),
                        new Metric("vrouw", "stay_days_mean", "days", Double.NaN),
                        new Metric("all", "missed_per_year.id.kort_verblijf", "persons/year", 500),
                        new Metric("all", "missed_per_year.id.capaciteit_gemeente", "persons/year", 100),
                        new Metric("all", "missed_per_year.zorg.externe_voorziening", "persons/year", 0)), 1200)),
                2, 1.5);
    }

    static RunManifest manifest(ExperimentResult result) {
        return new RunManifest("basis", "scenarios/basis.yaml", "ab12", "cd34", List.of("staffing.gemeente.fte=300"),
                20260101L, result.size(), 1.0, result.threads(), "0.1.0",
                new GitRevision("0123456789abcdef0123456789abcdef01234567", "true"), "17.0.15",
                OffsetDateTime.of(2026, 1, 1, 12, 0, 0, 0, ZoneOffset.ofHours(1)), result.wallSeconds(),
                result.totalEvents());
    }
}
