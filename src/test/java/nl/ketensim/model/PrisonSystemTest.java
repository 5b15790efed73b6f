package nl.ketensim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.ketensim.scenario.Prison;
import nl.ketensim.scenario.Scenario;
import org.junit.jupiter.api.Test;

/** Deterministic placement cases and the split of national FTE over pools. */
class PrisonSystemTest {

    private final Scenario basis = ModelRuns.basis("placement.home_region_share=1");
    private final PrisonSystem prisons = new PrisonSystem(new CountingSimulator(), basis);

    @Test
    void womenGoToWomensPlacesOnly() {
        for (int i = 0; i < 200; i++) {
            int pi = prisons.place(true, i % basis.regions().size(), (i % 10) / 10.0, (i % 7) / 7.0);
            assertTrue(basis.prisons().get(pi).women(), "placed a woman in " + basis.prisons().get(pi).name());
        }
    }

    @Test
    void withRoomAndFullRegionalPlacementMenStayInTheirRegion() {
        for (int region = 0; region < basis.regions().size(); region++) {
            int pi = prisons.place(false, region, 0.99, 0.5);
            assertEquals(region, prisons.regionOf(pi));
        }
    }

    @Test
    void aFullRegionSendsPeopleElsewhere() {
        int noord = 0;
        int placesInNoord = basis.prisons().stream()
                .filter(p -> p.region().equals(basis.regions().get(noord).name()) && !p.women())
                .mapToInt(Prison::places).sum();
        for (int i = 0; i < placesInNoord; i++) {
            assertEquals(noord, prisons.regionOf(prisons.place(false, noord, 0.0, 0.5)));
        }
        assertNotEquals(noord, prisons.regionOf(prisons.place(false, noord, 0.0, 0.5)));
    }

    @Test
    void poolsShareTheNationalCapacity() {
        for (var partner : nl.ketensim.domain.Partner.values()) {
            double hoursPerDay = prisons.pools(partner).stream()
                    .mapToDouble(p -> p.servers() * p.hoursPerDayPerServer()).sum();
            var spec = basis.staffing().of(partner);
            assertEquals(spec.fte() * spec.productiveHoursPerWeek() / 7.0, hoursPerDay, 1e-9, partner.key());
        }
    }
}
