package nl.ketensim.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.ketensim.scenario.Prison;
import nl.ketensim.scenario.Region;
import org.junit.jupiter.api.Test;
import umontreal.ssj.simevents.Event;

/**
 * Exact tests of {@link PrisonPlaces}: the places of two PI's in the second of two regions and one
 * in the first, taken and left at known times, and the running totals read from them.
 */
class PrisonPlacesTest {

    private final CountingSimulator sim = new CountingSimulator();
    private final PrisonPlaces places = new PrisonPlaces(sim,
            List.of(new Prison("A", "Zuid", 2, false), new Prison("B", "Noord", 3, true),
                    new Prison("C", "Zuid", 1, false)),
            List.of(new Region("Noord", 0.5, 0, 0), new Region("Zuid", 0.5, 0, 100)));

    private void at(double day, Runnable action) {
        new Event(sim) {
            @Override
            public void actions() {
                action.run();
            }
        }.schedule(day);
    }

    @Test
    void eachPiKnowsItsRegionPlacesAndSex() {
        assertEquals(3, places.count());
        assertEquals(1, places.regionOf(0));
        assertEquals(0, places.regionOf(1));
        assertEquals(1, places.regionOf(2));
        assertEquals(3, places.places(1));
        assertTrue(places.women(1));
        assertArrayEquals(new int[] {3, 3}, places.reading().regionPlaces());
    }

    @Test
    void personDaysPlacementsAndOverCapacityAreCountedExactly() {
        // Zuid: one person from day 2, a second from day 4 (A full), a third on day 6 (over capacity in
        // A), the first leaves on day 8. Person-days up to day 10: 2×1 + 2×2 + 2×3 + 2×2 = 16. Noord:
        // one person in B from day 5: 5 person-days.
        at(2, () -> places.take(0));
        at(4, () -> places.take(0));
        at(5, () -> places.take(1));
        at(6, () -> places.take(0));
        at(8, () -> places.leave(0));
        OccupancyReading[] reading = new OccupancyReading[1];
        at(10, () -> reading[0] = places.reading());
        sim.start();
        OccupancyReading r = reading[0];
        assertEquals(10, r.time(), 0);
        assertArrayEquals(new double[] {5, 16}, r.regionPersonDays(), 1e-12);
        assertEquals(4, r.placements());
        assertEquals(1, r.overCapacity());
        assertEquals(2, places.occupied(0));
        assertEquals(0, places.free(0));
        assertEquals(2, places.free(1));
        assertEquals(1.0, places.load(0), 0);
        assertEquals(1.0 / 3, places.load(1), 1e-15);
    }

    @Test
    void nobodyLeavesAnEmptyPi() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> places.leave(2));
        assertEquals("PI 2 has nobody to release", e.getMessage());
        places.take(2);
        places.leave(2);
        assertEquals(0, places.occupied(2));
    }

    @Test
    void aPiOfAnUnknownRegionIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new PrisonPlaces(sim,
                List.of(new Prison("X", "Elders", 1, false)), List.of(new Region("Noord", 1, 0, 0))));
    }
}
