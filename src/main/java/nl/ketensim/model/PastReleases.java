package nl.ketensim.model;

import java.util.Arrays;

/**
 * The releases, before time 0, of past admissions replayed to set the initial occupancy, taken in
 * time order. A binary heap of release times with the PI beside each: the replay passes about twenty
 * past admissions per person detained at time 0, and a heap of primitives spares it an object per
 * release and a pointer followed per comparison.
 */
final class PastReleases {

    private double[] times = new double[1024];
    private int[] prisons = new int[1024];
    private int size;

    /** Notes that a person in PI {@code prison} is released at {@code time} (days). */
    void add(double time, int prison) {
        if (size == times.length) {
            times = Arrays.copyOf(times, 2 * size);
            prisons = Arrays.copyOf(prisons, 2 * size);
        }
        int i = size++;
        while (i > 0 && times[(i - 1) >>> 1] > time) {
            int parent = (i - 1) >>> 1;
            copy(parent, i);
            i = parent;
        }
        times[i] = time;
        prisons[i] = prison;
    }

    /** Frees, in time order, the places of everyone released at or before {@code time}. */
    void releaseUntil(double time, PrisonSystem system) {
        while (size > 0 && times[0] <= time) {
            system.leave(prisons[0]);
            removeFirst();
        }
    }

    private void removeFirst() {
        int last = --size;
        double time = times[last];
        int prison = prisons[last];
        int i = 0;
        while (true) {
            int child = 2 * i + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && times[child + 1] < times[child]) {
                child++;
            }
            if (time <= times[child]) {
                break;
            }
            copy(child, i);
            i = child;
        }
        times[i] = time;
        prisons[i] = prison;
    }

    private void copy(int from, int to) {
        times[to] = times[from];
        prisons[to] = prisons[from];
    }
}
