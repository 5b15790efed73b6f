package nl.ketensim.domain;

/**
 * Bottlenecks that explain a missed basisvoorwaarde (docs/model.md §5). In the descriptive view a
 * missed need is attributed to what it was waiting for, or lacked, at the moment of release.
 */
public enum Knelpunt implements Term {
    KORT_VERBLIJF("kort_verblijf", "kort verblijf", "short stay"),
    ONVERWACHT_ONTSLAG("onverwacht_ontslag", "onverwacht ontslag", "sudden release"),
    CAPACITEIT_CASEMANAGER("capaciteit_casemanager", "capaciteit casemanager", "casemanager capacity"),
    CAPACITEIT_GEMEENTE("capaciteit_gemeente", "capaciteit gemeente", "municipal capacity"),
    CAPACITEIT_RECLASSERING("capaciteit_reclassering", "capaciteit reclassering", "probation capacity"),
    INFORMATIEDELING("informatiedeling", "informatiedeling", "information sharing"),
    ONDUIDELIJKE_REGIE("onduidelijke_regie", "onduidelijke regie", "unclear case ownership"),
    REGIONALE_PLAATSING("regionale_plaatsing", "regionale plaatsing", "placement far from home"),
    EXTERNE_VOORZIENING("externe_voorziening", "externe voorziening", "external supply"),
    JUSTITIABELE("justitiabele", "justitiabele", "person declined");

    private final Labels labels;

    Knelpunt(String key, String dutch, String english) {
        this.labels = new Labels(key, dutch, english);
    }

    @Override
    public Labels labels() {
        return labels;
    }

    /** The capacity knelpunt of a staff pool. */
    public static Knelpunt capacityOf(Partner partner) {
        return switch (partner) {
            case CASEMANAGER -> CAPACITEIT_CASEMANAGER;
            case GEMEENTE -> CAPACITEIT_GEMEENTE;
            case RECLASSERING -> CAPACITEIT_RECLASSERING;
        };
    }

    /** The value whose key is {@code key}, or {@code null}. */
    public static Knelpunt fromKey(String key) {
        return Term.fromKey(values(), key);
    }
}
