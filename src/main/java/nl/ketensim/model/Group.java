package nl.ketensim.model;

/** The population groups every metric is reported for. */
public enum Group {
    ALL("all"),
    STAY_LE_14D("stay_le_14d"),
    STAY_GT_14D("stay_gt_14d"),
    MAN("man"),
    VROUW("vrouw"),
    IN_REGIO("in_regio"),
    BUITEN_REGIO("buiten_regio");

    /** Stays up to this many days are short ({@code stay_le_14d}). */
    public static final double SHORT_STAY_DAYS = 14.0;

    private final String key;

    Group(String key) {
        this.key = key;
    }

    /** Identifier in output, e.g. {@code stay_gt_14d}. */
    public String key() {
        return key;
    }

    /** The groups a person belongs to: all, a stay group, a sex group and a placement group. */
    static Group[] of(double stayDays, boolean woman, boolean inHomeRegion) {
        return new Group[] {
            ALL,
            stayDays <= SHORT_STAY_DAYS ? STAY_LE_14D : STAY_GT_14D,
            woman ? VROUW : MAN,
            inHomeRegion ? IN_REGIO : BUITEN_REGIO
        };
    }
}
