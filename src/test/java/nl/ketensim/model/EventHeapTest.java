package nl.ketensim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import umontreal.ssj.simevents.Event;
import umontreal.ssj.simevents.Simulator;
import umontreal.ssj.simevents.eventlist.BinaryTree;
import umontreal.ssj.simevents.eventlist.EventList;
import umontreal.ssj.simevents.eventlist.SplayTree;

/** The heap takes events out in exactly the order of SSJ's own lists, whatever the operations. */
class EventHeapTest {

    /** An event that only carries a time and priority. */
    private static class Mark extends Event {
        final int id;

        Mark(Simulator sim, int id, double time, double priority) {
            super(sim);
            this.id = id;
            setPriority(priority);
            setTime(time);
        }

        @Override
        public void actions() {
        }

        @Override
        public String toString() {
            return "#" + id + "@" + time() + "/" + priority();
        }
    }

    /** A second class, for getFirstOfClass. */
    private static final class OtherMark extends Mark {
        OtherMark(Simulator sim, int id, double time, double priority) {
            super(sim, id, time, priority);
        }
    }

    @Test
    void randomOperationsLeaveInTheOrderOfSsjsBinaryTree() {
        for (long seed = 1; seed <= 20; seed++) {
            assertEquals(removalOrder(new BinaryTree(), seed), removalOrder(new EventHeap(), seed), "seed " + seed);
        }
    }

    @Test
    void growingPastTheFirstCapacityWithFreedSlotsAndClearingKeepTheOrder() {
        // 12,000 steps add about 3,600 events net, past the first 1,024 slots while removals keep
        // freeing slots; the list is cleared twice on the way and used again.
        for (long seed = 1; seed <= 3; seed++) {
            assertEquals(removalOrder(new BinaryTree(), seed, 12_000, 5_000),
                    removalOrder(new EventHeap(), seed, 12_000, 5_000), "seed " + seed);
        }
    }

    private static List<String> removalOrder(EventList list, long seed) {
        return removalOrder(list, seed, 3000, Integer.MAX_VALUE);
    }

    /**
     * Replays one random sequence of {@code steps} operations (ties on time and priority are
     * frequent) on {@code list}, as a simulator uses it: nothing is added before the time of the
     * last event taken out, and {@code addFirst} (SSJ's {@code scheduleNext}) adds at that time.
     * Every {@code clearEvery} steps the list is cleared.
     */
    private static List<String> removalOrder(EventList list, long seed, int steps, int clearEvery) {
        Simulator sim = new Simulator();
        Random random = new Random(seed);
        List<Event> inList = new ArrayList<>();
        List<String> out = new ArrayList<>();
        double now = 0;
        for (int step = 0; step < steps; step++) {
            if (step > 0 && step % clearEvery == 0) {
                list.clear();
                inList.clear();
                out.add("cleared");
            }
            int op = random.nextInt(20);
            double time = now + random.nextInt(30);
            double priority = random.nextInt(3);
            Mark ev = random.nextBoolean() ? new Mark(sim, step, time, priority) : new OtherMark(sim, step, time, priority);
            if (op < 9) {
                list.add(ev);
                inList.add(ev);
            } else if (op == 9) {
                ev = new Mark(sim, step, now, 0);
                list.addFirst(ev);
                inList.add(ev);
            } else if (op < 12 && !inList.isEmpty()) {
                Event other = inList.get(random.nextInt(inList.size()));
                ev = new Mark(sim, step, other.time(), other.priority());
                if (op == 10) {
                    list.addBefore(ev, other);
                } else {
                    list.addAfter(ev, other);
                }
                inList.add(ev);
            } else if (op == 12 && !inList.isEmpty()) {
                Event gone = inList.remove(random.nextInt(inList.size()));
                assertTrue(list.remove(gone));
                assertFalse(list.remove(gone));
            } else if (op == 13) {
                out.add("first other " + list.getFirstOfClass(OtherMark.class) + " "
                        + list.getFirstOfClass(OtherMark.class.getName()));
            } else if (op == 14) {
                StringBuilder all = new StringBuilder("all");
                list.forEach(e -> all.append(' ').append(e));
                out.add(all.toString());
            } else {
                Event first = list.getFirst();
                Event removed = list.removeFirst();
                assertSame(first, removed);
                if (removed != null) {
                    inList.remove(removed);
                    now = removed.time();
                }
                out.add(String.valueOf(removed));
            }
        }
        while (!list.isEmpty()) {
            out.add(String.valueOf(list.removeFirst()));
        }
        assertNull(list.removeFirst());
        return out;
    }

    @Test
    void aSimulationWithEventsNearAndFarAheadCancelsAndReschedulesAsOnSsjsSplayTree() {
        for (long seed = 1; seed <= 8; seed++) {
            List<String> expected = executionOrder(new SplayTree(), seed);
            assertTrue(expected.size() > 10_000, "executed " + expected.size());
            assertEquals(expected, executionOrder(new EventHeap(), seed), "seed " + seed);
        }
    }

    /**
     * Runs a random simulation on {@code list} and returns the events executed, in order, with
     * their times. It starts with 2,000 events up to 3,000 days ahead (like the releases of a
     * population); each event executed schedules, cancels, reschedules or schedules next to
     * another once or (three times in four) twice, with delays of zero (a tie with now), whole
     * days (ties), fractions of a day and 16 to 3,000 days, and three priorities; at most 20,000
     * events.
     */
    private static List<String> executionOrder(EventList list, long seed) {
        Simulator sim = new Simulator(list);
        Random random = new Random(seed);
        List<String> out = new ArrayList<>();
        List<Event> pending = new ArrayList<>();
        int[] made = {0};
        class Step extends Event {
            final int id = made[0]++;

            Step(Simulator on, double priority) {
                super(on);
                setPriority(priority);
            }

            @Override
            public void actions() {
                out.add(id + "@" + sim.time());
                pending.remove(this);
                if (out.size() == 20_000) {
                    sim.stop();
                    return;
                }
                for (int n = random.nextInt(4) == 0 ? 1 : 2; n > 0; n--) {
                    int op = random.nextInt(20);
                    if (op < 12 || pending.isEmpty()) {
                        Step next = new Step(sim, random.nextInt(3));
                        next.schedule(delay(random));
                        pending.add(next);
                    } else if (op < 15) {
                        assertTrue(pending.remove(random.nextInt(pending.size())).cancel());
                    } else if (op < 17) {
                        pending.get(random.nextInt(pending.size())).reschedule(delay(random));
                    } else {
                        Event other = pending.get(random.nextInt(pending.size()));
                        Step next = new Step(sim, 0);
                        if (op == 17) {
                            next.scheduleNext();
                        } else if (op == 18) {
                            next.scheduleBefore(other);
                        } else {
                            next.scheduleAfter(other);
                        }
                        pending.add(next);
                    }
                }
            }
        }
        for (int i = 0; i < 2000; i++) {
            Step first = new Step(sim, random.nextInt(3));
            first.schedule(random.nextInt(3000));
            pending.add(first);
        }
        sim.start();
        return out;
    }

    /** A delay in days: zero, whole days, a fraction of a day, or 16 to 3,000 days. */
    private static double delay(Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> 0;
            case 1 -> random.nextInt(3);
            case 2 -> random.nextDouble() * 2;
            default -> 16 + (random.nextBoolean() ? random.nextInt(40) : random.nextInt(3000));
        };
    }

    @Test
    void anEventNotInTheListCannotBeAReference() {
        Simulator sim = new Simulator();
        EventHeap heap = new EventHeap();
        Mark absent = new Mark(sim, 1, 1, 1);
        assertFalse(heap.remove(absent));
        assertThrows(IllegalArgumentException.class, () -> heap.addBefore(new Mark(sim, 2, 1, 1), absent));
        heap.add(new Mark(sim, 3, 2, 1));
        heap.clear();
        assertTrue(heap.isEmpty());
        assertNull(heap.getFirst());
    }
}
