package nl.ketensim.domain;

/**
 * The five basisvoorwaarden plus sociaal netwerk as a sixth domain (docs/model.md §2).
 * The {@link #key()} is the identifier used in scenario files and output columns.
 */
public enum Basisvoorwaarde implements Term {
    ID("id", "geldig identiteitsbewijs", "valid ID"),
    ONDERDAK("onderdak", "onderdak", "housing"),
    WERK_INKOMEN("werk_inkomen", "werk en inkomen", "work and income"),
    SCHULDEN("schulden", "schulden", "debts"),
    ZORG("zorg", "zorg", "care"),
    SOCIAAL_NETWERK("sociaal_netwerk", "sociaal netwerk", "social network");

    private final Labels labels;

    Basisvoorwaarde(String key, String dutch, String english) {
        this.labels = new Labels(key, dutch, english);
    }

    @Override
    public Labels labels() {
        return labels;
    }

    /** The value whose key is {@code key}, or {@code null}. */
    public static Basisvoorwaarde fromKey(String key) {
        return Term.fromKey(values(), key);
    }
}
