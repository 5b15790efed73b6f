package nl.ketensim.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import nl.ketensim.results.Metric;
import nl.ketensim.results.ReplicationResult;
import nl.ketensim.stats.ExperimentSummary;
import org.junit.jupiter.api.Test;

class KnelpuntenTableTest {

    private static List<KnelpuntRow> rows(Metric... metrics) {
        return KnelpuntenTable.from(ExperimentSummary.of(List.of(new ReplicationResult(0, List.of(metrics), 0))));
    }

    private static Metric missed(String group, String name, double value) {
        return new Metric(group, name, "persons/year", value);
    }

    @Test
    void ordersByBasisvoorwaardeThenKnelpuntWithUnknownKeysLast() {
        List<KnelpuntRow> rows = rows(
                missed("all", "missed_per_year.zorg.justitiabele", 1),
                missed("all", "missed_per_year.id.onbekend", 1),
                missed("all", "missed_per_year.id.justitiabele", 1),
                missed("all", "missed_per_year.id.kort_verblijf", 2));

        assertEquals(List.of("id/kort_verblijf", "id/justitiabele", "id/onbekend", "zorg/justitiabele"),
                rows.stream().map(r -> r.basisvoorwaarde() + "/" + r.knelpunt()).toList());
        assertEquals(0.5, rows.get(0).share(), 1e-15);
        assertEquals(1.0, rows.get(3).share(), 1e-15);
    }

    @Test
    void ignoresOtherGroupsAndOtherMetrics() {
        List<KnelpuntRow> rows = rows(
                missed("vrouw", "missed_per_year.id.kort_verblijf", 5),
                missed("all", "missed_per_year.id", 5),
                missed("all", "without_at_release.id", 5),
                missed("all", "missed_per_year.id.kort_verblijf", 5));

        assertEquals(1, rows.size());
        assertEquals(1.0, rows.get(0).share());
    }

    @Test
    void daysLostJoinTheirKnelpuntAndStayEmptyWithoutThem() {
        List<KnelpuntRow> rows = rows(
                missed("all", "missed_per_year.id.kort_verblijf", 3),
                missed("all", "missed_per_year.id.justitiabele", 1),
                new Metric("all", "days_lost_per_year.id.kort_verblijf", "days/year", 120));

        assertEquals(120, rows.get(0).daysLostPerYear().mean(), 1e-12);
        assertEquals(Double.NaN, rows.get(1).daysLostPerYear().mean());
    }
}
