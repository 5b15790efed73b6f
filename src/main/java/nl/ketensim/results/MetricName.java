package nl.ketensim.results;

import java.util.List;
import java.util.Optional;
import nl.ketensim.domain.Language;
import nl.ketensim.domain.Term;

/**
 * The name of one metric: a family and its parts, e.g. {@code without_at_release} and
 * {@code id}. Built with {@link MetricFamily#of} and read back from a file with {@link #parse}.
 *
 * @param family the family
 * @param parts  one term per dimension of the family
 */
public record MetricName(MetricFamily family, List<Term> parts) {

    public MetricName {
        parts = List.copyOf(parts);
    }

    /** The name of a known family, or empty (an unknown name is shown as it is). */
    public static Optional<MetricName> parse(String name) {
        for (MetricFamily family : MetricFamily.all()) {
            Optional<MetricName> parsed = family.parse(name);
            if (parsed.isPresent()) {
                return parsed;
            }
        }
        return Optional.empty();
    }

    /** Whether this is a metric of {@code f}. */
    public boolean is(MetricFamily f) {
        return family == f;
    }

    /** The part for dimension {@code i}. */
    public Term part(int i) {
        return parts.get(i);
    }

    /** The name as written in result files, e.g. {@code missed_per_year.id.kort_verblijf}. */
    public String key() {
        StringBuilder key = new StringBuilder(family.key());
        for (Term part : parts) {
            key.append('.').append(part.key());
        }
        return key.toString();
    }

    /** The label for people, e.g. {@code zonder geldig identiteitsbewijs bij ontslag}. */
    public String label(Language language) {
        return label(language, ScenarioValues.NONE);
    }

    /** The label for people, quoting scenario values (such as a norm in days) from {@code values}. */
    public String label(Language language, ScenarioValues values) {
        return family.label(parts, language, values);
    }

    /** The unit of the family. */
    public Unit unit() {
        return family.unit();
    }
}
