package nl.ketensim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** The resolved scenario as YAML loads back to an equal scenario, with or without origins. */
class ScenarioYamlTest {

    private static final Path BASIS = Path.of("scenarios/basis.yaml");
    private static final Path CHILD = Path.of("src/test/resources/extends/more-staff.yaml");

    @TempDir
    Path tmp;

    static Stream<Path> shippedScenarios() throws IOException {
        return ShippedScenarioFiles.list().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shippedScenarios")
    void everyShippedScenarioRoundTrips(Path file) throws Exception {
        LoadedScenario loaded = ScenarioLoader.loadWithOrigins(file, List.of());
        for (boolean withOrigins : new boolean[] {false, true}) {
            LoadedScenario again = reload(ScenarioYaml.write(loaded, withOrigins));
            assertEquals(loaded.scenario(), again.scenario(), "origins " + withOrigins);
            assertEquals(loaded.values(), again.values(), "origins " + withOrigins);
        }
    }

    @Test
    void overridesAndAwkwardTextRoundTrip() throws Exception {
        LoadedScenario loaded = ScenarioLoader.loadWithOrigins(CHILD, List.of(
                "prisons[0].name='PI: \"Leeuwarden\" # 1, {2} [3] \\ 4'",
                "prisons[1].name=true",
                "description=\"" + "Wat als: een lange vraag met #hekjes, \\\"quotes\\\", §1.3 en é ".repeat(4).strip()
                        + "\"",
                "staffing.gemeente.fte=x1.1"));
        for (boolean withOrigins : new boolean[] {false, true}) {
            String yaml = ScenarioYaml.write(loaded, withOrigins);
            LoadedScenario again = reload(yaml);
            assertEquals(loaded.scenario(), again.scenario(), yaml);
        }
        assertEquals("true", loaded.scenario().prisons().get(1).name());
    }

    @Test
    void layoutFollowsBasisAndListsItemsOnOneLine() throws Exception {
        String yaml = ScenarioYaml.write(ScenarioLoader.loadWithOrigins(BASIS, List.of()), false);
        List<String> lines = yaml.lines().toList();
        assertEquals("name: basis", lines.get(0));
        assertEquals("description: >-", lines.get(1));
        assertTrue(lines.contains("population:"), yaml);
        assertTrue(lines.contains("  inflow_per_year: 30000"), yaml);
        assertTrue(lines.contains("    - {from: 0, to: 7, share: 0.22}"), yaml);
        assertTrue(lines.contains("    - {label: \"45+\", share: 0.24}"), yaml);
        assertTrue(lines.contains("  - {name: PI Zwolle vrouwen, region: Oost, places: 150, women: true}"), yaml);
        assertTrue(lines.contains("  queue_discipline: fifo"), yaml);
        assertTrue(yaml.indexOf("\nneeds:") < yaml.indexOf("\nregions:")
                && yaml.indexOf("\nregions:") < yaml.indexOf("\nsimulation:"), yaml);
        assertTrue(yaml.endsWith("  warmup_days: 240\n"), yaml);
    }

    @Test
    void originsFollowEveryValue() throws Exception {
        String yaml = ScenarioYaml.write(ScenarioLoader.loadWithOrigins(CHILD,
                List.of("placement.national_regime_share=0.9")), true);
        String fte = line(yaml, "    fte: 218.4 ");
        assertTrue(fte.endsWith("# src/test/resources/extends/more-staff.yaml:6:10"), fte);
        String share = line(yaml, "  national_regime_share: 0.9 ");
        assertTrue(share.endsWith("# --set placement.national_regime_share=0.9"), share);
        String from = line(yaml, "    - from: 0 ");
        assertTrue(from.endsWith("# scenarios/basis.yaml:25:14"), from);
        for (String l : yaml.lines().toList()) {
            boolean holdsValue = l.matches(" *(- )?[a-z_]+: \\S.*");
            assertTrue(!holdsValue || l.contains("# "), "no origin: " + l);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"basis", "PI Alphen aan den Rijn", "Noord-Holland", "regio's", "18-23", "45+", "true",
            "No", "null", "~", "a: b", "x # y", "a,b", "[l]", "{m}", "*star", "&amp", "!bang", "%pct", "@at",
            "`tick", "|pipe", ">gt", "-dash", "'single'", "\"double\"", "back\\slash", "tab\there",
            "new\nline", " lead", "trail ", "two  spaces", "§1.3 é ü", "nel\u0085", "bom\uFEFF", "emoji \uD83D\uDE00",
            "0x1F", "1e3", ".inf"})
    void textScalarsReadBackAsTheSameText(String text) {
        String yaml = "k: " + YamlScalar.of(text) + "\nl: [" + YamlScalar.of(text) + "]\n";
        Map<?, ?> map = (Map<?, ?>) new Load(LoadSettings.builder().build()).loadFromString(yaml);
        assertEquals(text, map.get("k"), yaml);
        assertEquals(List.of(text), map.get("l"), yaml);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, -0.0, 0.17, 30000, 1e-9, 123456789.125, 1.0 / 3, -2.5, 1e21})
    void numbersReadBackAsTheSameDouble(double value) {
        String text = YamlScalar.of(value);
        assertTrue(Numbers.isDecimal(text), text);
        assertEquals(Double.doubleToLongBits(value), Double.doubleToLongBits(Double.parseDouble(text)), text);
    }

    private LoadedScenario reload(String yaml) throws IOException, ScenarioException {
        Path file = Files.writeString(tmp.resolve("shown.yaml"), yaml, StandardCharsets.UTF_8);
        return ScenarioLoader.loadWithOrigins(file, List.of());
    }

    private static String line(String yaml, String start) {
        return yaml.lines().filter(l -> l.startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no line starting with '" + start + "' in\n" + yaml));
    }
}
