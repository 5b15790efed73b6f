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
 * An SSJ {@link EventList} as a 4-ary heap of event times beside the number of the slot where the
 * rest of the entry stays put: the event, its SSJ priority and its order of scheduling. Sifting
 * moves only a time and a slot number per level and reads the slot table only when two times tie
 * (rare), so a removal touches two arrays at each level of a heap of some 23,000 events (the
 * basis) instead of three (and moves two values instead of four); adding allocates nothing, and a
 * removed entry's slot is used again. Events leave in the order of SSJ's own lists: by time, then
 * priority, then first added first; {@link #addFirst} puts an event at the front,
 * {@link #addBefore} and {@link #addAfter} right next to another. Finding a given event
 * ({@link #remove}, an event's {@code cancel}, which the model does not use) takes a linear
 * search. The iterators walk a sorted copy and cannot change the list. {@link #removeFirst} reads
 * the time of the event that is first next, so that its object, mostly not in the processor's
 * cache, is loaded while the event removed runs rather than after it.
 */
final class EventHeap implements EventList {

    private static final int INITIAL_CAPACITY = 1024;

    /** Event time of the entry at each heap position (days). */
    private double[] times = new double[INITIAL_CAPACITY];
    /** Slot of the entry at each heap position. */
    private int[] slots = new int[INITIAL_CAPACITY];
    /** By slot: the event. */
    private Event[] events = new Event[INITIAL_CAPACITY];
    /** By slot: the SSJ priority. */
    private double[] priorities = new double[INITIAL_CAPACITY];
    /** By slot: the order of scheduling among events of equal time and priority. */
    private long[] orders = new long[INITIAL_CAPACITY];
    /** Slots not in use, the last freed on top. */
    private int[] freeSlots = new int[INITIAL_CAPACITY];
    private int freeCount;
    private int size;
    /** Order of the next event added at the back of its (time, priority). */
    private long nextOrder;
    /** Order of the last event added at the front (the last added comes first). */
    private long firstOrder;
    /** Sum of the times read ahead in {@link #removeFirst}, kept so that the reads stay; means nothing. */
    private double touched;

    @Override
    public boolean isEmpty() {
        return size == 0;
    }

    @Override
    public void clear() {
        Arrays.fill(events, null);
        size = 0;
        freeCount = 0;
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
        return size == 0 ? null : event(0);
    }

    @Override
    public Event getFirstOfClass(String cl) {
        int best = -1;
        for (int i = 0; i < size; i++) {
            if (event(i).getClass().getName().equals(cl) && (best < 0 || before(i, best))) {
                best = i;
            }
        }
        return best < 0 ? null : event(best);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <E extends Event> E getFirstOfClass(Class<E> cl) {
        int best = -1;
        for (int i = 0; i < size; i++) {
            if (event(i).getClass() == cl && (best < 0 || before(i, best))) {
                best = i;
            }
        }
        return best < 0 ? null : (E) event(best);
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
            sorted.add(event(i));
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
        Event first = event(0);
        removeAt(0);
        if (size > 0) {
            touched += event(0).time(); // the next event's object: loaded while this one runs, not after
        }
        return first;
    }

    @Override
    public String toString() {
        return "EventHeap with " + size + " events";
    }

    private int indexOf(Event ev) {
        for (int i = 0; i < size; i++) {
            if (event(i) == ev) {
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
        return tiesBefore(slots[a], slots[b]);
    }

    /** Whether of two entries at the same time the one in slot {@code a} leaves before the one in {@code b}. */
    private boolean tiesBefore(int a, int b) {
        if (priorities[a] != priorities[b]) {
            return priorities[a] < priorities[b];
        }
        return orders[a] < orders[b];
    }

    /** Moves the events tied at (time, priority) from {@code order} on one place back. */
    private void shiftTies(double time, double priority, long order) {
        for (int i = 0; i < size; i++) {
            if (times[i] == time && priority(i) == priority && order(i) >= order) {
                orders[slots[i]]++;
                nextOrder = Math.max(nextOrder, order(i) + 1);
            }
        }
    }

    private void insert(Event ev, double time, double priority, long order) {
        if (size == times.length) {
            grow(2 * size);
        }
        int slot = freeCount > 0 ? freeSlots[--freeCount] : size; // slots in use or free: 0..size+freeCount-1
        events[slot] = ev;
        priorities[slot] = priority;
        orders[slot] = order;
        int i = size++;
        times[i] = time;
        slots[i] = slot;
        siftUp(i);
    }

    /** Called when full: then no slot is free, and the slots in use are 0..size-1. */
    private void grow(int capacity) {
        times = Arrays.copyOf(times, capacity);
        slots = Arrays.copyOf(slots, capacity);
        events = Arrays.copyOf(events, capacity);
        priorities = Arrays.copyOf(priorities, capacity);
        orders = Arrays.copyOf(orders, capacity);
        freeSlots = Arrays.copyOf(freeSlots, capacity);
    }

    private void removeAt(int at) {
        int slot = slots[at];
        events[slot] = null;
        freeSlots[freeCount++] = slot;
        int last = --size;
        if (at != last) {
            times[at] = times[last];
            slots[at] = slots[last];
            siftDown(at);
            siftUp(at);
        }
    }

    private void siftUp(int i) {
        double time = times[i];
        int slot = slots[i];
        while (i > 0) {
            int parent = (i - 1) >>> 2;
            if (!lessThan(time, slot, parent)) {
                break;
            }
            times[i] = times[parent];
            slots[i] = slots[parent];
            i = parent;
        }
        times[i] = time;
        slots[i] = slot;
    }

    private void siftDown(int i) {
        double time = times[i];
        int slot = slots[i];
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
            if (lessThan(time, slot, child)) {
                break;
            }
            times[i] = times[child];
            slots[i] = slots[child];
            i = child;
        }
        times[i] = time;
        slots[i] = slot;
    }

    /** Whether the entry (time, slot) leaves before the entry at heap position {@code j}. */
    private boolean lessThan(double time, int slot, int j) {
        if (time != times[j]) {
            return time < times[j];
        }
        return tiesBefore(slot, slots[j]);
    }

    private Event event(int i) {
        return events[slots[i]];
    }

    private double priority(int i) {
        return priorities[slots[i]];
    }

    private long order(int i) {
        return orders[slots[i]];
    }
}
