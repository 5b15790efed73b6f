package nl.ketensim.model;

import nl.ketensim.results.Group;

/**
 * Which {@link Group}s a person belongs to: one of each {@link nl.ketensim.results.GroupDimension}.
 * A group dimension is added here, as one more bit of the index.
 */
final class GroupMembership {

    /** Memberships by (short stay, woman, in home region) as bits 2, 1, 0; never modified. */
    private static final Group[][] MEMBERSHIPS = new Group[8][];

    static {
        for (int bits = 0; bits < 8; bits++) {
            MEMBERSHIPS[bits] = new Group[] {
                Group.ALL,
                (bits & 4) != 0 ? Group.STAY_LE_14D : Group.STAY_GT_14D,
                (bits & 2) != 0 ? Group.VROUW : Group.MAN,
                (bits & 1) != 0 ? Group.IN_REGIO : Group.BUITEN_REGIO
            };
        }
    }

    private GroupMembership() { }

    /**
     * The groups a person belongs to: all, a stay group, a sex group and a placement group. The
     * array is shared: do not modify it.
     */
    static Group[] of(double stayDays, boolean woman, boolean inHomeRegion) {
        return MEMBERSHIPS[(stayDays <= Group.SHORT_STAY_DAYS ? 4 : 0) | (woman ? 2 : 0) | (inHomeRegion ? 1 : 0)];
    }
}
