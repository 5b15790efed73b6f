package nl.ketensim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import nl.ketensim.results.ReplicationResult;
import nl.ketensim.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * Little's law: the mean detained population equals the admission rate times the mean stay,
 * both known exactly from the scenario; and releases per year equal admissions per year.
 */
class LittlesLawTest {

    private static final int REPLICATIONS = 8;
    private static final double YEARS = 0.25;

    @Test
    void meanPopulationIsArrivalRateTimesMeanStay() {
        Scenario basis = ModelRuns.basis();
        List<ReplicationResult> results = ModelRuns.run(basis, 101, REPLICATIONS, YEARS);

        double meanStay = basis.population().meanStayDays();
        double rate = basis.population().inflowPerYear() / 365.0;
        double[] population = ModelRuns.values(results, "all", "mean_population");
        double critical = ModelRuns.tCritical(REPLICATIONS, 0.001);
        assertEquals(rate * meanStay, ModelRuns.mean(population), critical * ModelRuns.standardError(population),
                "mean population (persons) vs lambda * E[stay]");

        double[] releases = ModelRuns.values(results, "all", "releases_per_year");
        assertEquals(basis.population().inflowPerYear(), ModelRuns.mean(releases),
                critical * ModelRuns.standardError(releases), "releases per year vs admissions per year");
        double[] stays = ModelRuns.values(results, "all", "stay_days_mean");
        assertEquals(meanStay, ModelRuns.mean(stays), critical * ModelRuns.standardError(stays),
                "mean stay of releases (days) vs the histograms' mean");
    }
}
