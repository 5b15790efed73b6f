package nl.ketensim.domain;

/** The three chain partners; each has its own staff pools (docs/model.md §2). */
public enum Partner implements Term {
    /** DJI casemanagers, one pool per PI. */
    CASEMANAGER("casemanager", "casemanager", "casemanager"),
    /** Gemeente re-integration staff, one pool per region. */
    GEMEENTE("gemeente", "gemeente", "municipality"),
    /** Reclassering advisers, one pool per region. */
    RECLASSERING("reclassering", "reclassering", "probation");

    private final Labels labels;

    Partner(String key, String dutch, String english) {
        this.labels = new Labels(key, dutch, english);
    }

    @Override
    public Labels labels() {
        return labels;
    }

    /** The value whose key is {@code key}, or {@code null}. */
    public static Partner fromKey(String key) {
        return Term.fromKey(values(), key);
    }
}
