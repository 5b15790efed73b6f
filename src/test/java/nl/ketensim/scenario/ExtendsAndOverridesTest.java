package nl.ketensim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code extends} chains, relative values, {@code --set} overrides and value origins. */
class ExtendsAndOverridesTest {

    private static final Path BASIS = Path.of("scenarios/basis.yaml");
    private static final Path CHILD = Path.of("src/test/resources/extends/more-staff.yaml");
    private static final Path GRANDCHILD = Path.of("src/test/resources/extends/more-staff-edf.yaml");

    @Test
    void childInheritsEverythingAndAppliesRelativeValuesToTheParent() throws ScenarioException {
        Scenario basis = ScenarioLoader.load(BASIS);
        Scenario child = ScenarioLoader.load(CHILD);
        assertEquals("more-staff", child.name());
        assertEquals(basis.staffing().casemanager().fte() * 1.2, child.staffing().casemanager().fte(), 1e-9);
        assertEquals(basis.staffing().gemeente().fte() * 1.5, child.staffing().gemeente().fte(), 1e-9);
        assertEquals(basis.staffing().reclassering().fte() * 0.9, child.staffing().reclassering().fte(), 1e-9);
        assertEquals(basis.staffing().casemanager().productiveHoursPerWeek(),
                child.staffing().casemanager().productiveHoursPerWeek());
        assertEquals(basis.population(), child.population());
        assertEquals(basis.needs(), child.needs());
        assertEquals(basis.prisons(), child.prisons());
    }

    @Test
    void chainsApplyRelativeValuesInTurnAndReplaceListsWhole() throws ScenarioException {
        Scenario basis = ScenarioLoader.load(BASIS);
        Scenario grandchild = ScenarioLoader.load(GRANDCHILD);
        assertEquals(basis.staffing().casemanager().fte() * 1.2 * 1.1, grandchild.staffing().casemanager().fte(), 1e-9);
        assertEquals(basis.staffing().gemeente().fte() * 1.5, grandchild.staffing().gemeente().fte(), 1e-9);
        assertEquals(Staffing.QueueDiscipline.EDF, grandchild.staffing().queueDiscipline());
        assertEquals(List.of(new Region("Noord", 0.5, 215, 565), new Region("Zuid", 0.5, 145, 385)), grandchild.regions());
        assertEquals(2, grandchild.prisons().size());
    }

    @Test
    void originsNameTheFileAndLineOrTheOverride() throws Exception {
        LoadedScenario loaded = ScenarioLoader.loadWithOrigins(GRANDCHILD,
                List.of("placement.national_regime_share=0.9"));
        assertEquals("src/test/resources/extends/more-staff-edf.yaml:6:10",
                loaded.origins().get("staffing.casemanager.fte"));
        assertEquals("src/test/resources/extends/more-staff.yaml:8:10",
                loaded.origins().get("staffing.gemeente.fte"));
        assertEquals("scenarios/basis.yaml:" + lineOf(BASIS, "productive_hours_per_week", 0) + ":32",
                loaded.origins().get("staffing.casemanager.productive_hours_per_week"));
        assertEquals("--set placement.national_regime_share=0.9",
                loaded.origins().get("placement.national_regime_share"));
        assertEquals(0.9, loaded.scenario().placement().nationalRegimeShare());
    }

    @Test
    void overridesSetAbsoluteAndRelativeValuesInOrder() throws ScenarioException {
        Scenario s = ScenarioLoader.load(BASIS, List.of(
                "staffing.casemanager.fte=+20%",
                "staffing.casemanager.fte=x0.5",
                "staffing.queue_discipline=edf",
                "prisons[1].places=-10%",
                "regions[0].name=Noord",
                "needs.zorg.external=none"));
        Scenario basis = ScenarioLoader.load(BASIS);
        assertEquals(basis.staffing().casemanager().fte() * 1.2 * 0.5, s.staffing().casemanager().fte(), 1e-9);
        assertEquals(Staffing.QueueDiscipline.EDF, s.staffing().queueDiscipline());
        assertEquals(Math.round(basis.prisons().get(1).places() * 0.9), s.prisons().get(1).places());
        assertEquals(NeedSpec.ExternalKind.NONE, s.needs().of(nl.ketensim.domain.Basisvoorwaarde.ZORG).external());
    }

    @Test
    void anOverrideCanReplaceAWholeListWithAYamlFlowValue() throws ScenarioException {
        Scenario s = ScenarioLoader.load(BASIS, List.of(
                "population.age_bands=[{label: all, share: 1}]"));
        assertEquals(List.of(new Population.AgeBand("all", 1)), s.population().ageBands());
    }

    @Test
    void overrideProblemsNameTheOverrideAndWhatIsAllowed() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(BASIS, List.of(
                "staffing.casemanager.fte=abc",
                "staffing.queue_discipline=lifo",
                "cooperation.regie_clarity=+80%",
                "staffing.casemanger.fte=200",
                "regions[9].name=Texel",
                "staffing.casemanager.fte.x=1",
                "population.women_share=[1",
                "no equals sign",
                "population.age_bands=[{label: all, share: 0.9}]",
                "simulation.warmup_days=")));
        assertEquals(List.of(
                "--set staffing.casemanager.fte=abc: expected a number (FTE)",
                "--set staffing.queue_discipline=lifo: \"lifo\" is not allowed; allowed: fifo, edf",
                "--set cooperation.regie_clarity=+80%: 1.71 is out of range; allowed: 0 to 1 (probability)",
                "--set staffing.casemanger.fte=200: staffing.casemanger: unknown key; "
                        + "allowed: queue_discipline, time_pressure, casemanager, gemeente, reclassering, "
                        + "casemanager_absence",
                "--set regions[9].name=Texel: regions: has no item [9]; it has 6 items, numbered from 0",
                "--set staffing.casemanager.fte.x=1: staffing.casemanager.fte: is not a section, so x cannot be set "
                        + "in it, got \"abc\"",
                "--set population.women_share=[1: malformed value: expected ',' or ']', but got <stream end>",
                "--set no equals sign: expected path=value, e.g. staffing.casemanager.fte=+20%",
                "--set population.age_bands=[{label: all, share: 0.9}]: population.age_bands[].share: "
                        + "shares sum to 0.9; they must sum to 1",
                "--set simulation.warmup_days=: expected a number (days)"),
                e.problems());
    }

    @Test
    void aRelativeValueNeedsAnInheritedNumber(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("relative.yaml");
        Files.writeString(file, "extends: " + BASIS.toAbsolutePath() + "\n"
                + "name: +20%\n"
                + "staffing:\n  casemanager:\n    overtime: x2\n");
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(file,
                List.of("staffing.gemeente.fte=abc", "staffing.gemeente.fte=+5%")));
        assertEquals(List.of(
                file + ":5:5: staffing.casemanager.overtime: unknown key; allowed: fte, productive_hours_per_week, unlimited",
                "--set staffing.gemeente.fte=+5%: relative value +5% needs an inherited number to apply to; "
                        + "the inherited value is \"abc\""), e.problems());
    }

    @Test
    void aRelativeValueInAFileWithoutParentIsRefused(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("standalone.yaml");
        Files.writeString(file, "staffing:\n  casemanager:\n    fte: +20%\n");
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(file));
        assertTrue(e.problems().contains(file + ":3:10: staffing.casemanager.fte: relative value +20% needs "
                + "an inherited value to apply to; there is none"), String.join("\n", e.problems()));
    }

    /** 1-based line of the {@code occurrence}-th (0-based) line of {@code file} containing {@code text}. */
    private static int lineOf(Path file, String text, int occurrence) throws java.io.IOException {
        List<String> lines = Files.readAllLines(file);
        int seen = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text) && seen++ == occurrence) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not found in " + file);
    }
}
