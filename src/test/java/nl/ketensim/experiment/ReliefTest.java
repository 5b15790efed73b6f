package nl.ketensim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.ketensim.domain.Knelpunt;
import nl.ketensim.scenario.Scenario;
import nl.ketensim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

class ReliefTest {

    private static final Path BASIS = Path.of("scenarios", "basis.yaml");

    @Test
    void everyKnelpuntHasExactlyOneReliefWithOverridesAndARationale() {
        for (Knelpunt k : Knelpunt.values()) {
            Relief r = Relief.of(k);
            assertEquals(k, r.knelpunt());
            assertFalse(r.overrides().isEmpty(), k.key());
            assertFalse(r.rationale().isBlank(), k.key());
        }
        assertEquals(Knelpunt.values().length, Relief.values().length);
    }

    @Test
    void everyReliefAppliesToBasisAndAllOfThemTogetherToo() throws Exception {
        List<String> all = new ArrayList<>();
        for (Relief r : Relief.values()) {
            ScenarioLoader.load(BASIS, r.overrides());
            all.addAll(r.overrides());
        }
        Scenario relieved = ScenarioLoader.load(BASIS, all);

        assertEquals(0.0, relieved.population().declineProbability());
        assertEquals(1.0, relieved.cooperation().regieClarity());
        assertTrue(relieved.staffing().gemeente().unlimited());
        assertFalse(relieved.cooperation().absentLeadLosesRegie());
        assertEquals(0.0, relieved.cooperation().informationLossProbability());
        assertEquals(ScenarioLoader.load(BASIS).staffing().gemeente().fte(), relieved.staffing().gemeente().fte(),
                "a relief changes the switch, not the FTE");
    }
}
