package nl.ketensim.results;

import java.util.Optional;

/**
 * One measured value of one replication.
 *
 * @param group  population group, e.g. {@code all}, {@code stay_gt_14d}, {@code vrouw}
 * @param metric metric name, e.g. {@code without_at_release.id} or {@code utilisation.gemeente}
 * @param unit   unit of the value, e.g. {@code share}, {@code days}, {@code persons/year}
 * @param value  the value (may be NaN when the group had no cases in this replication)
 */
public record Metric(String group, String metric, String unit, double value) {

    /** The value of metric {@code name} for {@code group}, with the family's unit. */
    public static Metric of(Group group, MetricName name, double value) {
        return new Metric(group.key(), name.key(), name.unit().key(), value);
    }

    /** The typed name of this metric, or empty when its family is unknown. */
    public Optional<MetricName> name() {
        return MetricName.parse(metric);
    }

    /** The key {@code group|metric} that identifies this metric across replications. */
    public String key() {
        return group + "|" + metric;
    }
}
