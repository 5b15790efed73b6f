package nl.ketensim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Exact tests of the running totals read from pools and places, and the means between two readings,
 * on hand-made readings.
 */
class ReadingsTest {

    private static final PoolReading POOL_START = new PoolReading(10, 2, 5, 30, 4, 3);
    private static final PoolReading POOL_END = new PoolReading(30, 2, 35, 130, 16, 7);

    @Test
    void poolMeansBetweenTwoReadings() {
        assertEquals(30.0 / 40, POOL_END.utilisationSince(POOL_START), 1e-15, "30 busy server-days of 2 × 20");
        assertEquals(100.0 / 20, POOL_END.backlogHoursSince(POOL_START), 1e-15, "100 hour-days over 20 days");
        assertEquals(12.0 / 4, POOL_END.meanWaitSince(POOL_START), 1e-15, "12 days over 4 waits");
    }

    @Test
    void poolMeansWithoutTimeOrWaitsAreUndefinedAndUtilisationIsCapped() {
        assertEquals(Double.NaN, POOL_START.utilisationSince(POOL_START));
        assertEquals(Double.NaN, POOL_START.backlogHoursSince(POOL_START));
        assertEquals(Double.NaN, POOL_START.meanWaitSince(POOL_START));
        PoolReading overfull = new PoolReading(30, 2, 50, 20, 4, 3);
        assertEquals(1.0, overfull.utilisationSince(POOL_START), 0);
        assertEquals(0.0, overfull.backlogHoursSince(POOL_START), 0, "a negative difference of rounding is 0");
        PoolReading oneWait = new PoolReading(30, 2, 5, 30, 6, 4);
        assertEquals(2.0, oneWait.meanWaitSince(POOL_START), 0);
        PoolReading aMoment = new PoolReading(10 + 1e-9, 1, 5, 30, 4, 3);
        assertEquals(0.0, aMoment.utilisationSince(POOL_START), 0, "any time at all counts");
    }

    @Test
    void twoPoolsAddUp() {
        PoolReading sum = POOL_END.plus(new PoolReading(30, 3, 1, 2, 3, 4));
        assertEquals(new PoolReading(30, 5, 36, 132, 19, 11), sum);
    }

    @Test
    void occupancyPerRegionAndNationally() {
        OccupancyReading start = new OccupancyReading(0, new int[] {10, 30}, new double[] {0, 0}, 5, 1);
        OccupancyReading end = new OccupancyReading(10, new int[] {10, 30}, new double[] {80, 330}, 15, 4);
        assertEquals(0.8, end.occupancySince(start, 0), 1e-15);
        assertEquals(1.1, end.occupancySince(start, 1), 1e-15);
        assertEquals(410.0 / 400, end.nationalOccupancySince(start), 1e-15);
        assertEquals(0.3, end.overCapacityShareSince(start), 1e-15, "3 of 10 placements over capacity");
        OccupancyReading later = new OccupancyReading(10, new int[] {10, 30}, new double[] {80, 330}, 16, 5);
        assertEquals(1.0, later.overCapacityShareSince(end), 0);
    }

    @Test
    void occupancyWithoutTimePlacesOrPlacementsIsUndefined() {
        OccupancyReading start = new OccupancyReading(0, new int[] {0, 30}, new double[] {0, 0}, 5, 1);
        assertEquals(Double.NaN, start.occupancySince(start, 1));
        assertEquals(Double.NaN, start.nationalOccupancySince(start));
        assertEquals(Double.NaN, start.overCapacityShareSince(start));
        OccupancyReading end = new OccupancyReading(10, new int[] {0, 30}, new double[] {0, 150}, 5, 1);
        assertEquals(Double.NaN, end.occupancySince(start, 0), "a region without places");
        assertEquals(0.5, end.nationalOccupancySince(start), 1e-15);
    }
}
