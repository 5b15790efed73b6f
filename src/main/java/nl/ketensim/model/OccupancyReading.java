package nl.ketensim.model;

/**
 * Running totals of the PI places at a moment; the difference of two readings gives the mean
 * occupancy per region and the share of placements over capacity in between.
 *
 * @param time               simulation time of the reading (days)
 * @param regionPlaces       places per region (persons)
 * @param regionPersonDays   integral of the persons detained per region since time 0 (person-days)
 * @param placements         placements since time 0
 * @param overCapacity       of those, placements in a PI that was already full
 */
record OccupancyReading(double time, int[] regionPlaces, double[] regionPersonDays, long placements,
                        long overCapacity) {

    /** Mean occupied share of the places of region {@code r} since {@code earlier} (NaN if no time or places). */
    double occupancySince(OccupancyReading earlier, int r) {
        double capacity = regionPlaces[r] * (time - earlier.time);
        return capacity > 0 ? (regionPersonDays[r] - earlier.regionPersonDays[r]) / capacity : Double.NaN;
    }

    /** Mean occupied share of all places since {@code earlier} (NaN if no time passed). */
    double nationalOccupancySince(OccupancyReading earlier) {
        double personDays = 0;
        double places = 0;
        for (int r = 0; r < regionPlaces.length; r++) {
            personDays += regionPersonDays[r] - earlier.regionPersonDays[r];
            places += regionPlaces[r];
        }
        double capacity = places * (time - earlier.time);
        return capacity > 0 ? personDays / capacity : Double.NaN;
    }

    /** Share of the placements since {@code earlier} that went over capacity (NaN if none). */
    double overCapacityShareSince(OccupancyReading earlier) {
        long count = placements - earlier.placements;
        return count > 0 ? (double) (overCapacity - earlier.overCapacity) / count : Double.NaN;
    }
}
