package nl.ketensim.model;

import java.util.ArrayList;
import java.util.List;
import nl.ketensim.domain.Partner;
import nl.ketensim.scenario.Prison;
import nl.ketensim.scenario.Region;
import nl.ketensim.scenario.Scenario;
import nl.ketensim.scenario.Staffing;
import umontreal.ssj.simevents.Simulator;

/**
 * The PI's with their occupancy, and the staff pools: casemanagers per PI (national FTE pro rata
 * places), gemeente and reclassering staff per region (pro rata inflow share).
 */
final class PrisonSystem {

    private final Scenario scenario;
    private final int[] regionOf;
    private final int[] places;
    private final boolean[] women;
    private final int[] occupancy;
    private final List<StaffPool> casemanagers = new ArrayList<>();
    private final List<StaffPool> gemeenten = new ArrayList<>();
    private final List<StaffPool> reclassering = new ArrayList<>();
    private final int[] candidates;
    private final List<MeetingAgenda> meetings = new ArrayList<>();

    PrisonSystem(Simulator sim, Scenario scenario) {
        this.scenario = scenario;
        List<Prison> prisons = scenario.prisons();
        List<Region> regions = scenario.regions();
        int n = prisons.size();
        regionOf = new int[n];
        places = new int[n];
        women = new boolean[n];
        occupancy = new int[n];
        candidates = new int[n];
        double totalPlaces = prisons.stream().mapToInt(Prison::places).sum();
        Staffing staffing = scenario.staffing();
        for (int i = 0; i < n; i++) {
            Prison prison = prisons.get(i);
            regionOf[i] = regionIndex(regions, prison.region());
            places[i] = prison.places();
            women[i] = prison.women();
            casemanagers.add(pool(sim, staffing, Partner.CASEMANAGER, prison.name(), prison.places() / totalPlaces));
            double every = scenario.process().meetingEveryDays();
            meetings.add(new MeetingAgenda(sim, every, every * (i % 7) / 7.0, // PI's meet on different days
                    scenario.process().meetingNoticeDays()));
        }
        for (Region region : regions) {
            gemeenten.add(pool(sim, staffing, Partner.GEMEENTE, region.name(), region.inflowShare()));
            reclassering.add(pool(sim, staffing, Partner.RECLASSERING, region.name(), region.inflowShare()));
        }
    }

    /** The pool of {@code partner} at one PI or region that gets {@code share} of the national FTE. */
    private static StaffPool pool(Simulator sim, Staffing staffing, Partner partner, String where, double share) {
        Staffing.PoolSpec spec = staffing.of(partner);
        return new StaffPool(sim, partner.key() + " " + where, spec.fte() * share, spec.productiveHoursPerWeek(),
                staffing.queueDiscipline(), staffing.timePressure(), spec.unlimited());
    }

    private static int regionIndex(List<Region> regions, String name) {
        for (int r = 0; r < regions.size(); r++) {
            if (regions.get(r).name().equals(name)) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown region " + name);
    }

    /**
     * Chooses a PI and takes a place in it. With probability {@code homeRegionShare} the person goes
     * to a PI of the home region with room, otherwise to one with room elsewhere; without room
     * anywhere, to the suitable PI with the most free places.
     *
     * @param woman       needs a women's place
     * @param homeRegion  index of the home region
     * @param homeDraw    uniform deciding home-region placement
     * @param choiceDraw  uniform choosing among candidate PI's, weighted by places
     * @return index of the PI
     */
    int place(boolean woman, int homeRegion, double homeDraw, double choiceDraw) {
        boolean wantsHome = homeDraw < scenario.placement().homeRegionShare();
        int chosen = -1;
        if (wantsHome) {
            chosen = pick(woman, homeRegion, true, choiceDraw);
        }
        if (chosen < 0) {
            chosen = pick(woman, homeRegion, false, choiceDraw);
        }
        if (chosen < 0) {
            chosen = pick(woman, homeRegion, true, choiceDraw);
        }
        if (chosen < 0) {
            chosen = mostRoom(woman);
        }
        occupancy[chosen]++;
        return chosen;
    }

    /** Frees the place of a released person. */
    void leave(int prison) {
        occupancy[prison]--;
    }

    /** Region index of a PI. */
    int regionOf(int prison) {
        return regionOf[prison];
    }

    /** The pool that serves a partner's work for a person placed in {@code prison} from {@code homeRegion}. */
    StaffPool pool(Partner partner, int prison, int homeRegion) {
        return switch (partner) {
            case CASEMANAGER -> casemanagers.get(prison);
            case GEMEENTE -> gemeenten.get(homeRegion);
            case RECLASSERING -> reclassering.get(homeRegion);
        };
    }

    /** The meeting agenda of a PI. */
    MeetingAgenda meetings(int prison) {
        return meetings.get(prison);
    }

    /** All pools of one partner. */
    List<StaffPool> pools(Partner partner) {
        return switch (partner) {
            case CASEMANAGER -> casemanagers;
            case GEMEENTE -> gemeenten;
            case RECLASSERING -> reclassering;
        };
    }

    /** The running totals of all pools of one partner. */
    PoolReading reading(Partner partner) {
        PoolReading total = null;
        for (StaffPool pool : pools(partner)) {
            PoolReading r = pool.reading();
            total = total == null ? r : total.plus(r);
        }
        return total;
    }

    private int pick(boolean woman, int homeRegion, boolean inHomeRegion, double draw) {
        int count = 0;
        long weight = 0;
        for (int i = 0; i < places.length; i++) {
            if (women[i] == woman && (regionOf[i] == homeRegion) == inHomeRegion && occupancy[i] < places[i]) {
                candidates[count++] = i;
                weight += places[i];
            }
        }
        if (count == 0) {
            return -1;
        }
        double target = draw * weight;
        double cumulative = 0;
        for (int c = 0; c < count; c++) {
            cumulative += places[candidates[c]];
            if (target < cumulative) {
                return candidates[c];
            }
        }
        return candidates[count - 1];
    }

    private int mostRoom(boolean woman) {
        int best = -1;
        for (int i = 0; i < places.length; i++) {
            if (women[i] == woman && (best < 0 || places[i] - occupancy[i] > places[best] - occupancy[best])) {
                best = i;
            }
        }
        return best;
    }
}
