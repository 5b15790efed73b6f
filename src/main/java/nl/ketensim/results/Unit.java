package nl.ketensim.results;

import nl.ketensim.domain.Term;

/** The unit of a metric value, as written in result files, with its label for people. */
public enum Unit implements Term {
    SHARE("share", "%", "%"),
    DAYS("days", "dagen", "days"),
    HOURS("hours", "uren", "hours"),
    PERSONS("persons", "personen", "persons"),
    PERSONS_PER_YEAR("persons/year", "personen per jaar", "persons per year"),
    DAYS_PER_YEAR("days/year", "dagen per jaar", "days per year");

    private final Labels labels;

    Unit(String key, String dutch, String english) {
        this.labels = new Labels(key, dutch, english);
    }

    @Override
    public Labels labels() {
        return labels;
    }

    /** The unit whose key is {@code key}, or {@code null}. */
    public static Unit fromKey(String key) {
        return Term.fromKey(values(), key);
    }
}
