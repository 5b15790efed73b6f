package nl.ketensim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.ketensim.results.ReplicationResult;
import nl.ketensim.results.SeriesPoint;
import nl.ketensim.scenario.Prison;
import nl.ketensim.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * The places occupied are exactly the persons detained, from time 0 on: in every period of the
 * series, the occupied places summed over the regions (occupied share × places) equal the mean
 * population. A past admission whose place was not freed by its release before 0, or a survivor
 * not placed, would break the identity.
 */
class OccupancyTest {

    @Test
    void occupiedPlacesEqualThePopulationInEveryPeriod() {
        Scenario basis = ModelRuns.basis();
        Map<String, Integer> placesByRegion = new HashMap<>();
        for (Prison p : basis.prisons()) {
            placesByRegion.merge(PrisonSystem.key(p.region()), p.places(), Integer::sum);
        }
        ReplicationResult result = ModelRuns.run(basis, 11, 1, 0.3).get(0);
        Map<Integer, Double> occupied = new HashMap<>();
        Map<Integer, Double> population = new HashMap<>();
        for (SeriesPoint point : result.series()) {
            if (point.metric().startsWith("occupancy.")) {
                int places = placesByRegion.get(point.metric().substring("occupancy.".length()));
                occupied.merge(point.period(), point.value() * places, Double::sum);
            } else if (point.metric().equals("population")) {
                population.put(point.period(), point.value());
            }
        }
        assertTrue(population.size() >= 5, "periods: " + population.size());
        for (int period : population.keySet()) {
            assertEquals(population.get(period), occupied.get(period), 1e-6, "period " + period);
        }
        assertTrue(List.copyOf(population.values()).stream().allMatch(p -> p > 8000), "a national population");
    }
}
