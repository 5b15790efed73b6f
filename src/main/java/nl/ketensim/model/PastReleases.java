package nl.ketensim.model;

import java.util.Comparator;
import java.util.PriorityQueue;

/**
 * The releases, before time 0, of past admissions replayed to set the initial occupancy, taken in
 * time order.
 */
final class PastReleases {

    private record Release(double time, int prison) { }

    private final PriorityQueue<Release> queue = new PriorityQueue<>(Comparator.comparingDouble(Release::time));

    /** Notes that a person in PI {@code prison} is released at {@code time} (days). */
    void add(double time, int prison) {
        queue.add(new Release(time, prison));
    }

    /** Frees, in time order, the places of everyone released at or before {@code time}. */
    void releaseUntil(double time, PrisonSystem system) {
        while (!queue.isEmpty() && queue.peek().time() <= time) {
            system.leave(queue.poll().prison());
        }
    }
}
