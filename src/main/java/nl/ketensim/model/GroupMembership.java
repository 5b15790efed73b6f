package nl.ketensim.model;

import nl.ketensim.results.Group;

/**
 * Which {@link Group}s a person belongs to: one of each {@link nl.ketensim.results.GroupDimension}.
 * A group dimension is added here, as one more bit of the index.
 */
final class GroupMembership {

    private static final int DIMENSIONS = 5;
    /**
     * Memberships by (short stay, woman, in home region, hvb at admission, transferred) as bits 4, 3,
     * 2, 1, 0; never modified.
     */
    private static final Group[][] MEMBERSHIPS = new Group[1 << DIMENSIONS][];

    static {
        for (int bits = 0; bits < MEMBERSHIPS.length; bits++) {
            MEMBERSHIPS[bits] = new Group[] {
                Group.ALL,
                (bits & 16) != 0 ? Group.STAY_LE_14D : Group.STAY_GT_14D,
                (bits & 8) != 0 ? Group.VROUW : Group.MAN,
                (bits & 4) != 0 ? Group.IN_REGIO : Group.BUITEN_REGIO,
                (bits & 2) != 0 ? Group.HVB : Group.VEROORDEELD,
                (bits & 1) != 0 ? Group.OVERGEPLAATST : Group.NIET_OVERGEPLAATST
            };
        }
    }

    private GroupMembership() { }

    /**
     * The groups a person belongs to: all, a stay group, a sex group, a placement group (placement
     * at admission), a legal-status group (at admission) and a transfer group. The array is shared:
     * do not modify it.
     */
    static Group[] of(double stayDays, boolean woman, boolean inHomeRegion, boolean hvb, boolean transferred) {
        return MEMBERSHIPS[(stayDays <= Group.SHORT_STAY_DAYS ? 16 : 0) | (woman ? 8 : 0) | (inHomeRegion ? 4 : 0)
                | (hvb ? 2 : 0) | (transferred ? 1 : 0)];
    }

    /** The groups of the person of {@code r}. */
    static Group[] of(ReleaseRecord r) {
        return of(r.stayDays(), r.woman(), r.inHomeRegion(), r.hvb(), r.transferred());
    }
}
