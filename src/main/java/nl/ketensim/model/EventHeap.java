package nl.ketensim.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.ListIterator;
import umontreal.ssj.simevents.Event;
import umontreal.ssj.simevents.eventlist.EventList;

/**
 * An SSJ {@link EventList} as a 4-ary heap whose keys (time, SSJ priority, order of scheduling)
 * are kept in primitive arrays beside the events, so that sifting reads no event and adding
 * allocates nothing. Events leave in the order of SSJ's own lists: by time, then priority, then
 * first added first; {@link #addFirst} puts an event at the front, {@link #addBefore} and
 * {@link #addAfter} right next to another. Finding a given event ({@link #remove}, an event's
 * {@code cancel}, which the model does not use) takes a linear search. The iterators walk a sorted
 * copy and cannot change the list.
 */
final class EventHeap implements EventList {

    private static final int INITIAL_CAPACITY = 1024;

    private Event[] events = new Event[INITIAL_CAPACITY];
    private double[] times = new double[INITIAL_CAPACITY];
    /**
     * The keys that break ties in time, side by side: SSJ priority at {@code 2i}, order of scheduling
     * at {@code 2i + 1} (a double, exact below 2^53), so that moving an entry touches one array fewer.
     */
    private double[] ties = new double[2 * INITIAL_CAPACITY];
    private int size;
    /** Order of the next event added at the back of its (time, priority). */
    private long nextOrder;
    /** Order of the last event added at the front (the last added comes first). */
    private long firstOrder;

    @Override
    public boolean isEmpty() {
        return size == 0;
    }

    @Override
    public void clear() {
        Arrays.fill(events, 0, size, null);
        size = 0;
    }

    @Override
    public void add(Event ev) {
        insert(ev, ev.time(), ev.priority(), nextOrder++);
    }

    @Override
    public void addFirst(Event ev) {
        insert(ev, Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY, --firstOrder);
    }

    @Override
    public void addBefore(Event ev, Event other) {
        int at = indexOf(other);
        if (at < 0) {
            throw new IllegalArgumentException("event not in the list: " + other);
        }
        long order = order(at);
        shiftTies(times[at], priority(at), order);
        insert(ev, times[at], priority(at), order);
    }

    @Override
    public void addAfter(Event ev, Event other) {
        int at = indexOf(other);
        if (at < 0) {
            throw new IllegalArgumentException("event not in the list: " + other);
        }
        long order = order(at) + 1;
        shiftTies(times[at], priority(at), order);
        insert(ev, times[at], priority(at), order);
    }

    @Override
    public Event getFirst() {
        return size == 0 ? null : events[0];
    }

    @Override
    public Event getFirstOfClass(String cl) {
        int best = -1;
        for (int i = 0; i < size; i++) {
            if (events[i].getClass().getName().equals(cl) && (best < 0 || before(i, best))) {
                best = i;
            }
        }
        return best < 0 ? null : events[best];
    }

    @Override
    @SuppressWarnings("unchecked")
    public <E extends Event> E getFirstOfClass(Class<E> cl) {
        int best = -1;
        for (int i = 0; i < size; i++) {
            if (events[i].getClass() == cl && (best < 0 || before(i, best))) {
                best = i;
            }
        }
        return best < 0 ? null : (E) events[best];
    }

    @Override
    public Iterator<Event> iterator() {
        return listIterator();
    }

    @Override
    public ListIterator<Event> listIterator() {
        Integer[] order = new Integer[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> a.equals(b) ? 0 : before(a, b) ? -1 : 1);
        List<Event> sorted = new ArrayList<>(size);
        for (Integer i : order) {
            sorted.add(events[i]);
        }
        return Collections.unmodifiableList(sorted).listIterator();
    }

    @Override
    public boolean remove(Event ev) {
        int at = indexOf(ev);
        if (at < 0) {
            return false;
        }
        removeAt(at);
        return true;
    }

    @Override
    public Event removeFirst() {
        if (size == 0) {
            return null;
        }
        Event first = events[0];
        removeAt(0);
        return first;
    }

    @Override
    public String toString() {
        return "EventHeap with " + size + " events";
    }

    private int indexOf(Event ev) {
        for (int i = 0; i < size; i++) {
            if (events[i] == ev) {
                return i;
            }
        }
        return -1;
    }

    /** Whether the entry at {@code a} leaves before the one at {@code b}. */
    private boolean before(int a, int b) {
        if (times[a] != times[b]) {
            return times[a] < times[b];
        }
        if (priority(a) != priority(b)) {
            return priority(a) < priority(b);
        }
        return order(a) < order(b);
    }

    /** Moves the events tied at (time, priority) from {@code order} on one place back. */
    private void shiftTies(double time, double priority, long order) {
        for (int i = 0; i < size; i++) {
            if (times[i] == time && priority(i) == priority && order(i) >= order) {
                ties[2 * i + 1]++;
                nextOrder = Math.max(nextOrder, order(i) + 1);
            }
        }
    }

    private void insert(Event ev, double time, double priority, long order) {
        if (size == events.length) {
            int capacity = 2 * size;
            events = Arrays.copyOf(events, capacity);
            times = Arrays.copyOf(times, capacity);
            ties = Arrays.copyOf(ties, 2 * capacity);
        }
        int i = size++;
        set(i, ev, time, priority, order);
        siftUp(i);
    }

    private void removeAt(int at) {
        int last = --size;
        if (at != last) {
            set(at, events[last], times[last], priority(last), order(last));
        }
        events[last] = null;
        if (at != last) {
            siftDown(at);
            siftUp(at);
        }
    }

    private void siftUp(int i) {
        Event ev = events[i];
        double time = times[i];
        double priority = priority(i);
        long order = order(i);
        while (i > 0) {
            int parent = (i - 1) >>> 2;
            if (!lessThan(time, priority, order, parent)) {
                break;
            }
            set(i, events[parent], times[parent], priority(parent), order(parent));
            i = parent;
        }
        set(i, ev, time, priority, order);
    }

    private void siftDown(int i) {
        Event ev = events[i];
        double time = times[i];
        double priority = priority(i);
        long order = order(i);
        while (true) {
            int first = 4 * i + 1;
            if (first >= size) {
                break;
            }
            int child = first;
            int end = Math.min(first + 4, size);
            for (int c = first + 1; c < end; c++) {
                if (before(c, child)) {
                    child = c;
                }
            }
            if (lessThan(time, priority, order, child)) {
                break;
            }
            set(i, events[child], times[child], priority(child), order(child));
            i = child;
        }
        set(i, ev, time, priority, order);
    }

    /** Whether the key (time, priority, order) leaves before the entry at {@code j}. */
    private boolean lessThan(double time, double priority, long order, int j) {
        if (time != times[j]) {
            return time < times[j];
        }
        if (priority != priority(j)) {
            return priority < priority(j);
        }
        return order < order(j);
    }

    private double priority(int i) {
        return ties[2 * i];
    }

    private long order(int i) {
        return (long) ties[2 * i + 1];
    }

    private void set(int i, Event ev, double time, double priority, long order) {
        events[i] = ev;
        times[i] = time;
        ties[2 * i] = priority;
        ties[2 * i + 1] = order;
    }
}
