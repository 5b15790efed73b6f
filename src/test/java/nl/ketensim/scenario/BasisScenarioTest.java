package nl.ketensim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import nl.ketensim.domain.Basisvoorwaarde;
import nl.ketensim.domain.Partner;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The canonical scenario loads and its values land in the right record fields. */
class BasisScenarioTest {

    static final Path BASIS = Path.of("scenarios/basis.yaml");

    private static Scenario basis;

    @BeforeAll
    static void load() throws ScenarioException {
        basis = ScenarioLoader.load(BASIS);
    }

    @Test
    void topLevelTexts() {
        assertEquals("basis", basis.name());
        assertTrue(basis.description().startsWith("Hoe verloopt de voorbereiding op terugkeer nu"));
    }

    @Test
    void population() {
        Population p = basis.population();
        assertEquals(30000, p.inflowPerYear());
        assertEquals(7, p.stayDays().size());
        assertEquals(new Population.StayBin(28, 91, 0.20), p.stayDays().get(3));
        assertEquals(new Population.StayBin(365, 1095, 0.05), p.stayDays().get(6));
        assertEquals(new Population.StayBin(365, 1095, 0.08), p.hvbStayDays().get(6));
        assertEquals(0.50, p.hvbConvictionShare());
        assertEquals(1.0, p.suddenReleaseShareSchorsing());
        assertEquals(new Population.AgeBand("45+", 0.24), p.ageBands().get(2));
        assertEquals(0.06, p.womenShare());
        assertEquals(0.05, p.suddenReleaseShareSentenced());
        assertEquals(0.08, p.declineProbability());
    }

    @Test
    void needs() {
        Needs n = basis.needs();
        assertEquals(0.40, n.correlation());
        assertEquals(1.3, n.lvbHoursFactor());
        assertEquals(Basisvoorwaarde.values().length, n.domains().size());
        assertEquals(30, n.reportDaysMean());
        assertEquals(new NeedSpec(0.30, Partner.GEMEENTE, 3.0, 3, false, NeedSpec.ExternalKind.NONE, 28,
                new NeedSpec.Arising(0.50, 28, 0.50, 0), false), n.of(Basisvoorwaarde.WERK_INKOMEN));
        assertEquals(NeedSpec.Arising.NEVER, n.of(Basisvoorwaarde.ZORG).arising());
        assertTrue(n.of(Basisvoorwaarde.ID).requiresAddress());
        NeedSpec zorg = n.of(Basisvoorwaarde.ZORG);
        assertEquals(Partner.RECLASSERING, zorg.lead());
        assertEquals(NeedSpec.ExternalKind.CARE, zorg.external());
        assertTrue(n.of(Basisvoorwaarde.ONDERDAK).inPerson());
        assertEquals(NeedSpec.ExternalKind.HOUSING, n.of(Basisvoorwaarde.ONDERDAK).external());
        assertEquals(Partner.CASEMANAGER, n.of(Basisvoorwaarde.SOCIAAL_NETWERK).lead());
    }

    @Test
    void regionsAndPrisons() {
        assertEquals(6, basis.regions().size());
        assertEquals(new Region("Zuid-Holland", 0.24, 90, 448), basis.regions().get(4));
        assertEquals(22, basis.prisons().size());
        assertEquals(new Prison("PI Alphen aan den Rijn", "Zuid-Holland", 790, false), basis.prisons().get(13));
        Prison nieuwersluis = basis.prisons().get(9);
        assertEquals("PI Nieuwersluis", nieuwersluis.name());
        assertTrue(nieuwersluis.women());
        assertFalse(basis.prisons().get(0).women());
    }

    @Test
    void staffingActivitiesAndProcess() {
        Staffing s = basis.staffing();
        assertEquals(Staffing.QueueDiscipline.FIFO, s.queueDiscipline());
        assertEquals(new Staffing.PoolSpec(182, 20, false), s.casemanager());
        assertEquals(new Staffing.PoolSpec(71, 26, false), s.of(Partner.RECLASSERING));
        assertEquals(new Activities.Hours(0.75, 0.75, 0.75), basis.activities().mdo());
        assertEquals(0.5, basis.activities().hoursCv());
        assertEquals(42, basis.process().mdoIntervalDays());
        assertEquals(14, basis.process().alignmentDaysBeforeRelease());
    }

    @Test
    void theRestOfTheSections() {
        assertEquals(0.05, basis.placement().nationalRegimeShare());
        assertFalse(basis.placement().alwaysHomeRegion());
        assertEquals(2.0, basis.cooperation().distantTravelHours());
        assertEquals(0.65, basis.cooperation().detectionProbabilityLvb());
        assertEquals(0.0, basis.cooperation().coLocation());
        assertEquals(0.6, basis.cooperation().workProcessVariationCv());
        assertEquals(80, basis.external().housingWaitDaysMean());
        assertEquals(0.1, basis.aftercare().selfReportProbability());
        assertTrue(basis.detentiefasering().wetStraffenEnBeschermen());
        assertEquals(new Detentiefasering.Verlof(91, 0.5, 365, 28, 0.5), basis.detentiefasering().verlof());
        assertEquals(new Detentiefasering.Vi(365, 8, 91, 28), basis.detentiefasering().vi());
        assertEquals(1.45, basis.aftercare().recidive().hazardRatio(Basisvoorwaarde.ONDERDAK));
        assertEquals(240, basis.simulation().warmupDays());
    }

    @Test
    void originsPointAtTheLineOfEachValue() throws ScenarioException {
        LoadedScenario loaded = ScenarioLoader.loadWithOrigins(BASIS, java.util.List.of());
        assertEquals("scenarios/basis.yaml:234:10", loaded.origins().get("staffing.casemanager.fte"));
        assertEquals("scenarios/basis.yaml:194:66", loaded.origins().get("prisons[2].places"));
        assertEquals(ParameterCatalog.all().stream().filter(s -> !s.path().contains("[]")).count()
                        + 2 * 3L * 7 + 2L * 3 + 4L * 6 + 4L * 22,
                loaded.origins().size(), "one origin per value");
    }
}
