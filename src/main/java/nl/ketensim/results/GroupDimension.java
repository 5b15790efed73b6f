package nl.ketensim.results;

import java.util.ArrayList;
import java.util.List;
import nl.ketensim.domain.Term;

/**
 * A way of splitting the released population into groups: every person is in exactly one group
 * of each dimension. To add a dimension (e.g. legal status), add it here, its groups to
 * {@link Group}, and how a person is classified to the model's group membership.
 */
public enum GroupDimension implements Term {
    TOTAL("alle", "alle justitiabelen", "all justitiabelen"),
    STAY("verblijf", "verblijfsduur", "length of stay"),
    SEX("geslacht", "geslacht", "sex"),
    PLACEMENT("regio", "plaatsing in eigen regio", "placement in home region"),
    STATUS("titel", "titel bij binnenkomst", "legal status at admission"),
    TRANSFER("overplaatsing", "overplaatsing na veroordeling", "transfer after conviction");

    private final Labels labels;

    GroupDimension(String key, String dutch, String english) {
        this.labels = new Labels(key, dutch, english);
    }

    @Override
    public Labels labels() {
        return labels;
    }

    /** The groups of this dimension, in declaration order. */
    public List<Group> groups() {
        List<Group> groups = new ArrayList<>();
        for (Group g : Group.values()) {
            if (g.dimension() == this) {
                groups.add(g);
            }
        }
        return groups;
    }

    /** The dimensions that split the population: every one but {@link #TOTAL}. */
    public static List<GroupDimension> splits() {
        return List.of(values()).subList(1, values().length);
    }
}
