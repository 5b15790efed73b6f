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

    /** Memberships by (short stay, woman, in home region) as bits 2, 1, 0; never modified. */
    private static final Group[][] MEMBERSHIPS = new Group[8][];

    static {
        for (int bits = 0; bits < 8; bits++) {
            MEMBERSHIPS[bits] = new Group[] {
                ALL,
                (bits & 4) != 0 ? STAY_LE_14D : STAY_GT_14D,
                (bits & 2) != 0 ? VROUW : MAN,
                (bits & 1) != 0 ? IN_REGIO : BUITEN_REGIO
            };
        }
    }

    /**
     * The groups a person belongs to: all, a stay group, a sex group and a placement group. The
     * array is shared: do not modify it.
     */
    static Group[] of(double stayDays, boolean woman, boolean inHomeRegion) {
        return MEMBERSHIPS[(stayDays <= SHORT_STAY_DAYS ? 4 : 0) | (woman ? 2 : 0) | (inHomeRegion ? 1 : 0)];
    }
}
