package nl.ketensim.model;

import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import nl.ketensim.scenario.Placement;
import nl.ketensim.scenario.Region;

/**
 * Chooses the PI for an admission from the places free at that moment (regionale plaatsing):
 * <ol>
 *   <li>With probability {@code national_regime_share} a national regime or specialised unit
 *       places the person: any suitable PI with room in the country.</li>
 *   <li>Otherwise a PI of the home region with room; when the home region is full, one of the
 *       nearest region with room (distance between the regions' population centres; ties go to the
 *       region listed first).</li>
 *   <li>When no suitable PI has room, the suitable PI with the lowest occupied share of its places
 *       takes the person over capacity (ties: listed first).</li>
 * </ol>
 * Among the PI's with room in the chosen set, one is drawn with probability proportional to its
 * free places. Suitable means a women's place for a woman and a men's place for a man. Every
 * admission uses exactly two uniforms, whatever the outcome. (The counterfactual
 * {@code always_home_region} does not change the choice; see {@link PrisonSystem#distant}.)
 */
final class PlacementRule {

    private final PrisonPlaces places;
    private final Placement placement;
    /** Region indices by distance from each home region, home first. */
    private final int[][] regionsByDistance;
    /** Suitable PI's per sex (0 men, 1 women) and region; index regions.size() holds all regions. */
    private final int[][][] suitable;

    PlacementRule(PrisonPlaces places, List<Region> regions, Placement placement) {
        this.places = places;
        this.placement = placement;
        int n = regions.size();
        regionsByDistance = new int[n][];
        for (int home = 0; home < n; home++) {
            Region from = regions.get(home);
            int h = home;
            regionsByDistance[home] = IntStream.range(0, n).boxed()
                    .sorted(Comparator.comparingInt((Integer r) -> r == h ? 0 : 1)
                            .thenComparingDouble(r -> from.distanceKm(regions.get(r)))
                            .thenComparingInt(r -> r))
                    .mapToInt(Integer::intValue).toArray();
        }
        suitable = new int[2][n + 1][];
        for (int sex = 0; sex < 2; sex++) {
            boolean women = sex == 1;
            for (int r = 0; r <= n; r++) {
                int region = r;
                suitable[sex][r] = IntStream.range(0, places.count())
                        .filter(pi -> places.women(pi) == women && (region == n || places.regionOf(pi) == region))
                        .toArray();
            }
        }
    }

    /**
     * The PI for a person; does not take the place.
     *
     * @param woman       needs a women's place
     * @param homeRegion  index of the home region
     * @param regimeDraw  uniform: below {@code national_regime_share} a national regime places the person
     * @param choiceDraw  uniform choosing among the PI's with room, weighted by free places
     * @return index of the PI
     */
    int choose(boolean woman, int homeRegion, double regimeDraw, double choiceDraw) {
        int[][] bySex = suitable[woman ? 1 : 0];
        int national = bySex.length - 1;
        if (regimeDraw < placement.nationalRegimeShare()) {
            int chosen = withRoom(bySex[national], choiceDraw);
            if (chosen >= 0) {
                return chosen;
            }
        } else {
            for (int region : regionsByDistance[homeRegion]) {
                int chosen = withRoom(bySex[region], choiceDraw);
                if (chosen >= 0) {
                    return chosen;
                }
            }
        }
        int chosen = leastOccupied(bySex[national]);
        if (chosen < 0) {
            throw new IllegalStateException("no PI for " + (woman ? "women" : "men"));
        }
        return chosen;
    }

    /** A PI with room among {@code candidates}, drawn in proportion to free places; -1 if all are full. */
    private int withRoom(int[] candidates, double draw) {
        long free = 0;
        for (int pi : candidates) {
            free += places.free(pi);
        }
        if (free == 0) {
            return -1;
        }
        double target = draw * free;
        double cumulative = 0;
        int last = -1;
        for (int pi : candidates) {
            int f = places.free(pi);
            if (f > 0) {
                cumulative += f;
                last = pi;
                if (target < cumulative) {
                    return pi;
                }
            }
        }
        return last;
    }

    /** The PI with the lowest occupied share of its places; -1 if there are no candidates. */
    private int leastOccupied(int[] candidates) {
        int best = -1;
        for (int pi : candidates) {
            if (best < 0 || places.load(pi) < places.load(best)) {
                best = pi;
            }
        }
        return best;
    }
}
