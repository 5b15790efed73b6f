package nl.ketensim.model;

import java.util.Arrays;

/**
 * The releases, before time 0, of past admissions replayed to set the initial occupancy. Only which
 * releases have happened at each past admission matters (a release frees a place; their order among
 * themselves changes no count), so the releases are kept in buckets of equal length of time rather
 * than sorted: {@link #releaseUntil} frees the buckets that lie wholly before the time given and
 * looks at each release in the bucket holding that time. The replay passes about twenty past
 * admissions per person detained at time 0, so each add and release costs a few array reads instead
 * of a heap's dozen levels. A release is an entry of primitive arrays, linked in its bucket's list;
 * freed entries are reused.
 */
final class PastReleases {

    /** Releases per bucket on average at the replay's inflow: few to look at in the bucket of now. */
    private static final double RELEASES_PER_BUCKET = 4;
    /** Most buckets, whatever the scenario (4 MiB of list heads). */
    private static final int MAX_BUCKETS = 1 << 20;

    private final double from;
    private final double bucketsPerDay;
    /** First entry of each bucket's list; -1 when empty. */
    private final int[] head;
    private double[] times = new double[1024];
    private int[] prisons = new int[1024];
    private int[] next = new int[1024];
    /** Entries ever taken; those freed form a list from {@link #freed}. */
    private int used;
    private int freed = -1;
    /** Buckets before this one are empty and no release is added to them any more. */
    private int cursor;

    /**
     * @param fromDays     start of the replay (days, before 0); releases come after it and at or before 0
     * @param inflowPerDay admissions per day, to size the buckets
     */
    PastReleases(double fromDays, double inflowPerDay) {
        this.from = fromDays;
        double span = Math.max(-fromDays, 1e-9);
        int buckets = (int) Math.max(1, Math.min(MAX_BUCKETS, Math.ceil(span * inflowPerDay / RELEASES_PER_BUCKET)));
        this.bucketsPerDay = buckets / span;
        this.head = new int[buckets];
        Arrays.fill(head, -1);
    }

    /** Notes that a person in PI {@code prison} is released at {@code time} (days). */
    void add(double time, int prison) {
        int e = freed;
        if (e >= 0) {
            freed = next[e];
        } else {
            if (used == times.length) {
                times = Arrays.copyOf(times, 2 * used);
                prisons = Arrays.copyOf(prisons, 2 * used);
                next = Arrays.copyOf(next, 2 * used);
            }
            e = used++;
        }
        int b = Math.max(bucket(time), cursor);
        times[e] = time;
        prisons[e] = prison;
        next[e] = head[b];
        head[b] = e;
    }

    /**
     * Frees the places of everyone released at or before {@code time}; {@code time} must not
     * decrease from one call to the next (buckets before the last call's are not looked at again).
     */
    void releaseUntil(double time, PrisonSystem system) {
        int now = bucket(time);
        for (; cursor < now; cursor++) { // wholly before time: bucket() is monotone in time
            for (int e = head[cursor]; e >= 0; ) {
                int following = next[e];
                system.leave(prisons[e]);
                free(e);
                e = following;
            }
            head[cursor] = -1;
        }
        int previous = -1;
        for (int e = head[now]; e >= 0; ) {
            int following = next[e];
            if (times[e] <= time) {
                system.leave(prisons[e]);
                if (previous < 0) {
                    head[now] = following;
                } else {
                    next[previous] = following;
                }
                free(e);
            } else {
                previous = e;
            }
            e = following;
        }
    }

    /** The bucket of {@code time}: non-decreasing in time, the first for times before the start, the last after 0. */
    private int bucket(double time) {
        double b = Math.floor((time - from) * bucketsPerDay);
        return b <= 0 ? 0 : b >= head.length - 1 ? head.length - 1 : (int) b;
    }

    private void free(int e) {
        next[e] = freed;
        freed = e;
    }
}
