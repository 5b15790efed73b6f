package nl.ketensim.domain;

/**
 * The five basisvoorwaarden plus sociaal netwerk as a sixth domain (MODEL.md §2).
 * The {@link #key()} is the identifier used in scenario files and output columns.
 */
public enum Basisvoorwaarde {
    ID("id", "geldig identiteitsbewijs", "valid ID"),
    ONDERDAK("onderdak", "onderdak", "housing"),
    WERK_INKOMEN("werk_inkomen", "werk en inkomen", "work and income"),
    SCHULDEN("schulden", "schulden", "debts"),
    ZORG("zorg", "zorg", "care"),
    SOCIAAL_NETWERK("sociaal_netwerk", "sociaal netwerk", "social network");

    private final String key;
    private final String dutch;
    private final String english;

    Basisvoorwaarde(String key, String dutch, String english) {
        this.key = key;
        this.dutch = dutch;
        this.english = english;
    }

    /** Identifier in scenario files and output, e.g. {@code werk_inkomen}. */
    public String key() {
        return key;
    }

    /** Human label in the given language ({@code nl} or {@code en}). */
    public String label(Language language) {
        return language == Language.NL ? dutch : english;
    }

    /** The value whose key is {@code key}, or {@code null}. */
    public static Basisvoorwaarde fromKey(String key) {
        for (Basisvoorwaarde b : values()) {
            if (b.key.equals(key)) {
                return b;
            }
        }
        return null;
    }
}
