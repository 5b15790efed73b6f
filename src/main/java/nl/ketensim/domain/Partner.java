package nl.ketensim.domain;

/** The three chain partners; each has its own staff pools (MODEL.md §3). */
public enum Partner {
    /** DJI casemanagers, one pool per PI. */
    CASEMANAGER("casemanager", "casemanager", "casemanager"),
    /** Gemeente re-integration staff, one pool per region. */
    GEMEENTE("gemeente", "gemeente", "municipality"),
    /** Reclassering advisers, one pool per region. */
    RECLASSERING("reclassering", "reclassering", "probation");

    private final String key;
    private final String dutch;
    private final String english;

    Partner(String key, String dutch, String english) {
        this.key = key;
        this.dutch = dutch;
        this.english = english;
    }

    /** Identifier in scenario files and output, e.g. {@code gemeente}. */
    public String key() {
        return key;
    }

    /** Human label in the given language. */
    public String label(Language language) {
        return language == Language.NL ? dutch : english;
    }

    /** The value whose key is {@code key}, or {@code null}. */
    public static Partner fromKey(String key) {
        for (Partner p : values()) {
            if (p.key.equals(key)) {
                return p;
            }
        }
        return null;
    }
}
