package nl.ketensim.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.ketensim.scenario.ParameterCatalog;
import nl.ketensim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/** The resolved parameters of the shipped scenarios, with origins and source comments. */
class ScenarioParametersTest {

    private static final Path BASIS = Path.of("scenarios/basis.yaml");
    private static final Path MORE_CASEMANAGERS = Path.of("scenarios/meer-casemanagers.yaml");

    private static Map<String, ScenarioParameter> byPath(List<ScenarioParameter> rows) {
        return rows.stream().collect(Collectors.toMap(ScenarioParameter::path, Function.identity()));
    }

    @Test
    void everyParameterOfBasisHasAValueAnOriginInBasisAndItsUnit() throws Exception {
        List<ScenarioParameter> rows = ScenarioParameters.of(BASIS, List.of());

        assertEquals(ScenarioLoader.loadWithOrigins(BASIS, List.of()).origins().size(), rows.size());
        for (ScenarioParameter p : rows) {
            assertTrue(p.origin().startsWith("scenarios/basis.yaml:"), p.toString());
            assertTrue(!p.value().isEmpty(), p.toString());
            assertEquals(ParameterCatalog.find(p.path()).orElseThrow().unit() == null ? ""
                    : ParameterCatalog.find(p.path()).orElseThrow().unit(), p.unit(), p.path());
        }
        assertEquals("name", rows.get(0).path());
        assertEquals(String.valueOf(ScenarioLoader.load(BASIS).simulation().warmupDays()),
                String.valueOf(Double.parseDouble(byPath(rows).get("simulation.warmup_days").value())));
    }

    @Test
    void sourcesAreTheCommentsBesideTheValueOrOfTheEnclosingKey() throws Exception {
        Map<String, ScenarioParameter> rows = byPath(ScenarioParameters.of(BASIS, List.of()));

        assertTrue(rows.get("population.inflow_per_year").source().contains("DJI"), rows.get("population.inflow_per_year").source());
        // a comment continued on the next line is joined
        assertTrue(rows.get("population.stay_days[0].share").source().startsWith("↑ a sentence served"));
        assertTrue(rows.get("population.stay_days[0].share").source().contains("85% <= 6 mo"));
        assertTrue(rows.get("process.intake_norm_days").source().startsWith("↑ "));
    }

    @Test
    void listItemsStayTogetherInCatalogOrder() throws Exception {
        List<String> paths = ScenarioParameters.of(BASIS, List.of()).stream().map(ScenarioParameter::path).toList();

        int first = paths.indexOf("population.stay_days[0].from");
        assertEquals(List.of("population.stay_days[0].from", "population.stay_days[0].to", "population.stay_days[0].share",
                "population.stay_days[1].from"), paths.subList(first, first + 4));
    }

    @Test
    void relativeValuesAreResolvedAndOverridesNamed() throws Exception {
        double basisFte = ScenarioLoader.load(BASIS).staffing().casemanager().fte();
        Map<String, ScenarioParameter> rows = byPath(ScenarioParameters.of(MORE_CASEMANAGERS,
                List.of("staffing.gemeente.fte=x2", "cooperation.co_location=0.25")));

        ScenarioParameter fte = rows.get("staffing.casemanager.fte");
        assertEquals(0, new BigDecimal(fte.value()).compareTo(BigDecimal.valueOf(basisFte).multiply(new BigDecimal("1.25"))),
                fte.toString());
        assertTrue(fte.origin().startsWith("scenarios/meer-casemanagers.yaml:"), fte.origin());
        assertTrue(fte.source().endsWith("+25% of the inherited value"), fte.source());
        assertEquals("0.25", rows.get("cooperation.co_location").value());
        assertEquals("--set cooperation.co_location=0.25", rows.get("cooperation.co_location").origin());
        double gemeenteFte = ScenarioLoader.load(MORE_CASEMANAGERS).staffing().gemeente().fte();
        assertEquals(gemeenteFte * 2, Double.parseDouble(rows.get("staffing.gemeente.fte").value()), 1e-9);
        assertEquals("meer-casemanagers", rows.get("name").value());
    }

    @Test
    void theCsvHasTheDocumentedHeader() throws Exception {
        StringBuilder out = new StringBuilder();
        ScenarioParametersCsv.write(List.of(new ScenarioParameter("a.b", "1,5", "days", "f.yaml:1:2", "x (E)")), out);

        assertEquals("path,value,unit,origin,source\na.b,\"1,5\",days,f.yaml:1:2,x (E)\n", out.toString());
    }
}
