package nl.ketensim.model;

import java.util.List;
import nl.ketensim.scenario.Prison;
import nl.ketensim.scenario.Region;
import umontreal.ssj.simevents.Simulator;

/**
 * The places of every PI and who occupies them: occupancy per PI, its time integral per region
 * (person-days since time 0) and the number of placements, and of those over capacity, since time 0.
 */
final class PrisonPlaces {

    private final Simulator sim;
    private final int[] regionOf;
    private final int[] places;
    private final boolean[] women;
    private final int[] occupied;
    private final int[] regionPlaces;
    private final int[] regionOccupied;
    private final double[] regionPersonDays;
    private final double[] regionLastChange;
    private long placements;
    private long overCapacity;

    PrisonPlaces(Simulator sim, List<Prison> prisons, List<Region> regions) {
        this.sim = sim;
        int n = prisons.size();
        regionOf = new int[n];
        places = new int[n];
        women = new boolean[n];
        occupied = new int[n];
        regionPlaces = new int[regions.size()];
        regionOccupied = new int[regions.size()];
        regionPersonDays = new double[regions.size()];
        regionLastChange = new double[regions.size()];
        for (int i = 0; i < n; i++) {
            Prison prison = prisons.get(i);
            regionOf[i] = regionIndex(regions, prison.region());
            places[i] = prison.places();
            women[i] = prison.women();
            regionPlaces[regionOf[i]] += places[i];
        }
    }

    private static int regionIndex(List<Region> regions, String name) {
        for (int r = 0; r < regions.size(); r++) {
            if (regions.get(r).name().equals(name)) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown region " + name);
    }

    /** Takes a place in PI {@code prison}; counted as over capacity when the PI was already full. */
    void take(int prison) {
        placements++;
        if (occupied[prison] >= places[prison]) {
            overCapacity++;
        }
        occupied[prison]++;
        changeRegion(regionOf[prison], +1);
    }

    /** Frees a place in PI {@code prison}. */
    void leave(int prison) {
        if (occupied[prison] <= 0) {
            throw new IllegalStateException("PI " + prison + " has nobody to release");
        }
        occupied[prison]--;
        changeRegion(regionOf[prison], -1);
    }

    private void changeRegion(int region, int change) {
        double now = sim.time();
        regionPersonDays[region] += regionOccupied[region] * (now - regionLastChange[region]);
        regionLastChange[region] = now;
        regionOccupied[region] += change;
    }

    int count() {
        return places.length;
    }

    int regionOf(int prison) {
        return regionOf[prison];
    }

    boolean women(int prison) {
        return women[prison];
    }

    /** Places of the PI (persons). */
    int places(int prison) {
        return places[prison];
    }

    /** Persons detained in the PI now. */
    int occupied(int prison) {
        return occupied[prison];
    }

    /** Free places of the PI now (0 when full or over capacity). */
    int free(int prison) {
        return Math.max(0, places[prison] - occupied[prison]);
    }

    /** Occupied share of the PI's places now (above 1 over capacity). */
    double load(int prison) {
        return (double) occupied[prison] / places[prison];
    }

    /** The running totals now. */
    OccupancyReading reading() {
        double now = sim.time();
        double[] personDays = new double[regionPersonDays.length];
        for (int r = 0; r < personDays.length; r++) {
            personDays[r] = regionPersonDays[r] + regionOccupied[r] * (now - regionLastChange[r]);
        }
        return new OccupancyReading(now, regionPlaces.clone(), personDays, placements, overCapacity);
    }
}
