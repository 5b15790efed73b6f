package nl.ketensim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.ketensim.scenario.Placement;
import nl.ketensim.scenario.Prison;
import nl.ketensim.scenario.Region;
import nl.ketensim.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * Exact placement cases on a small system: regions A (0, 0), B (10, 0) and C (30, 0) km, so B is
 * nearest to A and C is nearest to B. Men's places: A1 2 and A2 1 in A, B1 1 in B, C1 4 in C;
 * women's places: W 1 in C.
 */
class PrisonSystemTest {

    private static final int A = 0;
    private static final int B = 1;
    private static final int C = 2;
    private static final int A1 = 0;
    private static final int A2 = 1;
    private static final int B1 = 2;
    private static final int C1 = 3;
    private static final int W = 4;
    /** A regime draw that never selects a national regime (shares below 1). */
    private static final double REGIONAL = 0.999;

    private static Scenario small(double nationalRegimeShare, boolean alwaysHomeRegion) {
        Scenario basis = ModelRuns.basis();
        List<Region> regions = List.of(new Region("A", 0.4, 0, 0), new Region("B", 0.3, 10, 0),
                new Region("C", 0.3, 30, 0));
        List<Prison> prisons = List.of(new Prison("A1", "A", 2, false), new Prison("A2", "A", 1, false),
                new Prison("B1", "B", 1, false), new Prison("C1", "C", 4, false), new Prison("W", "C", 1, true));
        Placement placement = new Placement(nationalRegimeShare, alwaysHomeRegion,
                basis.placement().distanceDelayDaysMean());
        return new Scenario(basis.name(), basis.description(), basis.population(), basis.needs(), regions, prisons,
                placement, basis.staffing(), basis.activities(), basis.process(), basis.cooperation(), basis.external(),
                basis.aftercare(), basis.detentiefasering(), basis.simulation());
    }

    private static PrisonSystem system(double nationalRegimeShare, boolean alwaysHomeRegion) {
        return new PrisonSystem(new CountingSimulator(), small(nationalRegimeShare, alwaysHomeRegion));
    }

    @Test
    void theHomeRegionFirstWithThePICChosenInProportionToFreePlaces() {
        PrisonSystem s = system(0, false);
        // A1 has 2 of A's 3 free places: draws below 2/3 choose A1.
        assertEquals(A1, s.place(false, A, REGIONAL, 0.66));
        // Now A1 and A2 have one free place each: the draw splits at 1/2.
        assertEquals(A2, s.place(false, A, REGIONAL, 0.5));
        assertEquals(A1, s.place(false, A, REGIONAL, 0.99));
    }

    @Test
    void aFullHomeRegionSendsPeopleToTheNearestRegionWithRoom() {
        PrisonSystem s = system(0, false);
        for (int i = 0; i < 3; i++) {
            assertEquals(A, s.regionOf(s.place(false, A, REGIONAL, 0.5)));
        }
        assertEquals(B1, s.place(false, A, REGIONAL, 0.5), "B is nearer to A than C");
        assertEquals(C1, s.place(false, A, REGIONAL, 0.5), "A and B full: C");
        assertEquals(C1, s.place(false, B, REGIONAL, 0.0), "B full: its nearest region with room is C");
    }

    @Test
    void womenGoToWomensPlacesWhereverTheyAre() {
        PrisonSystem s = system(0, false);
        assertEquals(W, s.place(true, A, REGIONAL, 0.0));
        assertEquals(W, s.place(true, B, REGIONAL, 0.9), "full: over capacity in the only women's PI");
        assertEquals(2, s.occupied(W));
    }

    @Test
    void aNationalRegimeShareOfOnePlacesAnywhereWithRoomAndZeroNever() {
        // Free places 2, 1, 1, 4 of 8 in listed order: the draw 0.5 (target 4) falls in C1's share.
        PrisonSystem national = system(1, false);
        assertEquals(C1, national.place(false, A, 0.999, 0.5));
        assertEquals(A1, national.place(false, A, 0.0, 0.0));
        PrisonSystem regional = system(0, false);
        assertEquals(A, regional.regionOf(regional.place(false, A, 0.0, 0.5)), "share 0: home region");
    }

    @Test
    void whenEverySuitablePIIsFullTheLeastOccupiedOneTakesThePersonOverCapacity() {
        PrisonSystem s = system(0, false);
        for (int i = 0; i < 8; i++) {
            s.place(false, A, REGIONAL, 0.5);
        }
        OccupancyReading full = s.occupancy();
        assertEquals(0, full.overCapacity());
        // All at 100%: ties go to the PI listed first.
        assertEquals(A1, s.place(false, C, REGIONAL, 0.5));
        // A1 at 150%, the others at 100%: A2 is listed first among the least occupied.
        assertEquals(A2, s.place(false, C, REGIONAL, 0.5));
        assertEquals(B1, s.place(false, C, REGIONAL, 0.5));
        assertEquals(C1, s.place(false, C, REGIONAL, 0.5), "C1 at 100% now beats A1, A2, B1 at 150-200%");
        OccupancyReading after = s.occupancy();
        assertEquals(4, after.overCapacity() - full.overCapacity());
        assertEquals(1.0, after.overCapacityShareSince(full));
    }

    @Test
    void alwaysHomeRegionLeavesPlacesAloneButNobodyCountsAsDistant() {
        PrisonSystem normal = system(0, false);
        PrisonSystem relieved = system(0, true);
        for (int i = 0; i < 6; i++) {
            int pi = normal.place(false, A, REGIONAL, 0.5);
            assertEquals(pi, relieved.place(false, A, REGIONAL, 0.5));
            assertEquals(normal.regionOf(pi) != A, normal.distant(pi, A));
            assertFalse(relieved.distant(pi, A));
        }
        assertTrue(normal.distant(C1, A), "C1 lies outside A");
    }

    @Test
    void occupancyEqualsThePersonsPlacedLessThoseReleased() {
        PrisonSystem s = system(0.3, false);
        int[] placed = new int[5];
        java.util.Random random = new java.util.Random(7);
        java.util.ArrayDeque<Integer> detained = new java.util.ArrayDeque<>();
        for (int step = 0; step < 2000; step++) {
            if (!detained.isEmpty() && random.nextDouble() < 0.5) {
                int pi = detained.poll();
                s.leave(pi);
                placed[pi]--;
            } else {
                int pi = s.place(random.nextDouble() < 0.2, random.nextInt(3), random.nextDouble(), random.nextDouble());
                detained.add(pi);
                placed[pi]++;
            }
            for (int pi = 0; pi < placed.length; pi++) {
                assertTrue(s.occupied(pi) >= 0);
                assertEquals(placed[pi], s.occupied(pi));
            }
        }
    }

    @Test
    void poolsShareTheNationalCapacity() {
        Scenario basis = ModelRuns.basis();
        PrisonSystem prisons = new PrisonSystem(new CountingSimulator(), basis);
        for (var partner : nl.ketensim.domain.Partner.values()) {
            double hoursPerDay = prisons.pools(partner).stream()
                    .mapToDouble(p -> p.servers() * p.hoursPerDayPerServer()).sum();
            var spec = basis.staffing().of(partner);
            assertEquals(spec.fte() * spec.productiveHoursPerWeek() / 7.0, hoursPerDay, 1e-9, partner.key());
        }
    }

    @Test
    void regionKeysAreLowerCaseWords() {
        assertEquals("noord-holland", PrisonSystem.key("Noord-Holland"));
        assertEquals("zuid", PrisonSystem.key(" Zuid "));
        assertEquals("den_bosch_e_o", PrisonSystem.key("Den Bosch e.o."));
    }
}
