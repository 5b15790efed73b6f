package nl.ketensim.results;

import nl.ketensim.domain.Term;

/** The population groups every metric is reported for, each in one {@link GroupDimension}. */
public enum Group implements Term {
    ALL("all", GroupDimension.TOTAL, "alle justitiabelen", "all justitiabelen"),
    STAY_LE_14D("stay_le_14d", GroupDimension.STAY, "kort verblijf (≤ 14 dagen)", "short stay (≤ 14 days)"),
    STAY_GT_14D("stay_gt_14d", GroupDimension.STAY, "lang verblijf (> 14 dagen)", "long stay (> 14 days)"),
    MAN("man", GroupDimension.SEX, "man", "men"),
    VROUW("vrouw", GroupDimension.SEX, "vrouw", "women"),
    IN_REGIO("in_regio", GroupDimension.PLACEMENT, "in eigen regio geplaatst", "placed in home region"),
    BUITEN_REGIO("buiten_regio", GroupDimension.PLACEMENT, "buiten eigen regio geplaatst",
            "placed outside home region"),
    HVB("hvb", GroupDimension.STATUS, "voorlopige hechtenis bij binnenkomst", "remand (HvB) at admission"),
    VEROORDEELD("veroordeeld", GroupDimension.STATUS, "veroordeeld bij binnenkomst", "sentenced at admission"),
    OVERGEPLAATST("overgeplaatst", GroupDimension.TRANSFER, "overgeplaatst na veroordeling",
            "transferred after conviction"),
    NIET_OVERGEPLAATST("niet_overgeplaatst", GroupDimension.TRANSFER, "niet overgeplaatst", "not transferred");

    /** Stays up to this many days are short ({@link #STAY_LE_14D}). */
    public static final double SHORT_STAY_DAYS = 14.0;

    private final Labels labels;
    private final GroupDimension dimension;

    Group(String key, GroupDimension dimension, String dutch, String english) {
        this.labels = new Labels(key, dutch, english);
        this.dimension = dimension;
    }

    @Override
    public Labels labels() {
        return labels;
    }

    /** The dimension this group is one value of. */
    public GroupDimension dimension() {
        return dimension;
    }

    /** The group whose key is {@code key}, or {@code null}. */
    public static Group fromKey(String key) {
        return Term.fromKey(values(), key);
    }
}
