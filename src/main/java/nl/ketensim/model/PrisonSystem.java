package nl.ketensim.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.ketensim.domain.Partner;
import nl.ketensim.results.Name;
import nl.ketensim.scenario.Prison;
import nl.ketensim.scenario.Region;
import nl.ketensim.scenario.Scenario;
import nl.ketensim.scenario.Staffing;
import umontreal.ssj.simevents.Simulator;

/**
 * The PI's with their places and placement rule, and the staff pools: casemanagers per PI (national FTE pro rata
 * places), gemeente and reclassering staff per region (pro rata inflow share); a partner's pools
 * take up every item at once when its {@code staffing.<partner>.unlimited} is set.
 */
final class PrisonSystem {

    private final PrisonPlaces places;
    private final PlacementRule placementRule;
    private final boolean alwaysHomeRegion;
    private final List<Name> regionNames = new ArrayList<>();
    private final List<StaffPool> casemanagers = new ArrayList<>();
    private final List<StaffPool> gemeenten = new ArrayList<>();
    private final List<StaffPool> reclassering = new ArrayList<>();
    private final List<MeetingAgenda> meetings = new ArrayList<>();

    PrisonSystem(Simulator sim, Scenario scenario) {
        List<Prison> prisons = scenario.prisons();
        List<Region> regions = scenario.regions();
        this.places = new PrisonPlaces(sim, prisons, regions);
        this.placementRule = new PlacementRule(places, regions, scenario.placement());
        this.alwaysHomeRegion = scenario.placement().alwaysHomeRegion();
        int n = prisons.size();
        double totalPlaces = prisons.stream().mapToInt(Prison::places).sum();
        Staffing staffing = scenario.staffing();
        for (int i = 0; i < n; i++) {
            Prison prison = prisons.get(i);
            casemanagers.add(pool(sim, staffing, Partner.CASEMANAGER, prison.name(), prison.places() / totalPlaces));
            double every = scenario.process().meetingEveryDays();
            meetings.add(new MeetingAgenda(sim, every, every * (i % 7) / 7.0, // PI's meet on different days
                    scenario.process().meetingNoticeDays()));
        }
        for (Region region : regions) {
            regionNames.add(new Name(key(region.name())));
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

    /** A region's name as an output key: lower case, runs of characters other than a-z, 0-9 and - as one _. */
    static String key(String regionName) {
        return regionName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]+", "_").replaceAll("^_+|_+$", "");
    }

    /**
     * Chooses a PI by the {@link PlacementRule} and takes a place in it.
     *
     * @param woman       needs a women's place
     * @param homeRegion  index of the home region
     * @param regimeDraw  uniform deciding placement by a national regime
     * @param choiceDraw  uniform choosing among PI's with room, weighted by free places
     * @return index of the PI
     */
    int place(boolean woman, int homeRegion, double regimeDraw, double choiceDraw) {
        int chosen = placementRule.choose(woman, homeRegion, regimeDraw, choiceDraw);
        places.take(chosen);
        return chosen;
    }

    /** Takes a place in {@code prison} for a person placed by hand (exact tests of one trajectory). */
    void takePlace(int prison) {
        places.take(prison);
    }

    /** Frees the place of a released person. */
    void leave(int prison) {
        places.leave(prison);
    }

    /** Region index of a PI. */
    int regionOf(int prison) {
        return places.regionOf(prison);
    }

    /**
     * Whether a person from {@code homeRegion} in PI {@code prison} counts as placed far from home,
     * for everything distance affects. Never under the counterfactual {@code always_home_region},
     * which thus removes distance as a cause while places, and the casemanager work per PI, stay
     * as the placement rule gives them.
     */
    boolean distant(int prison, int homeRegion) {
        return !alwaysHomeRegion && places.regionOf(prison) != homeRegion;
    }

    /** Persons detained in a PI now. */
    int occupied(int prison) {
        return places.occupied(prison);
    }

    /** The regions as parts of output names, in scenario order. */
    List<Name> regionNames() {
        return regionNames;
    }

    /** The running totals of the places now. */
    OccupancyReading occupancy() {
        return places.reading();
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
}
