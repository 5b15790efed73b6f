package nl.ketensim.model;

import java.util.Arrays;

/**
 * The releases, before time 0, of past admissions replayed to set the initial occupancy, taken in
 * time order. A binary heap of release times with the PI beside each: the replay passes about ten
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
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (times[parent] <= time) {
                break;
            }
            times[i] = times[parent];
            prisons[i] = prisons[parent];
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
            times[i] = times[child];
            prisons[i] = prisons[child];
            i = child;
        }
        times[i] = time;
        prisons[i] = prison;
    }
}
