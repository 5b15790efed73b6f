package nl.ketensim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.ketensim.domain.Basisvoorwaarde;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The parameter table covers basis.yaml exactly, and every parameter is required. */
class ParameterCatalogTest {

    private static final Path BASIS = Path.of("scenarios/basis.yaml");

    @Test
    void catalogAndBasisHaveExactlyTheSameParameters() {
        Set<String> inBasis = new LinkedHashSet<>();
        leafPatterns(readBasis(), "", inBasis);
        Set<String> inCatalog = new LinkedHashSet<>();
        ParameterCatalog.all().forEach(spec -> inCatalog.add(spec.path()));
        assertEquals(inCatalog, inBasis);
    }

    @Test
    void everyEntryIsDocumentedForTheReferencePage() {
        for (ParameterSpec spec : ParameterCatalog.all()) {
            String d = spec.description();
            assertTrue(!d.isBlank() && d.endsWith(".") && !d.contains("\n"), spec.path() + ": " + d);
            assertEquals(spec.numeric(), !spec.unit().isEmpty(), spec.path() + " unit");
            assertEquals(spec.type() == ParameterType.CHOICE, !spec.allowed().isEmpty(), spec.path());
        }
    }

    @Test
    void everyNumberHasAnUpperBoundWithItsReason() {
        for (ParameterSpec spec : ParameterCatalog.all()) {
            if (spec.numeric()) {
                Range range = spec.range();
                assertTrue(range.max() != null && range.maxInclusive(), spec.path() + ": " + range.describe());
                assertTrue(range.maxReason() != null && range.maxReason().endsWith("."), spec.path());
                assertTrue(range.contains(range.max()) && !range.contains(Math.nextUp(range.max())), spec.path());
            } else {
                assertEquals(null, spec.range().maxReason(), spec.path());
            }
        }
        assertEquals("> 0 and <= 36500",
                ParameterCatalog.find("population.stay_days[3].to").orElseThrow().range().describe());
    }

    @Test
    void eachBasisvoorwaardeHasItsTwelveNeedParameters() {
        for (Basisvoorwaarde b : Basisvoorwaarde.values()) {
            long n = ParameterCatalog.all().stream().filter(s -> s.path().startsWith("needs." + b.key() + ".")).count();
            assertEquals(12, n, b.key());
        }
        assertEquals("0 to 1", ParameterCatalog.find("needs.schulden.prevalence").orElseThrow().range().describe());
    }

    @Test
    void findAcceptsConcreteListPaths() {
        assertEquals("prisons[].places", ParameterCatalog.find("prisons[12].places").orElseThrow().path());
        assertTrue(ParameterCatalog.find("prisons[0].capacity").isEmpty());
    }

    /** No hidden defaults: leaving out any one key of basis.yaml is exactly one "missing" problem. */
    @Test
    void everyKeyIsRequired() {
        ConfigNode basis = readBasis();
        List<String> paths = new ArrayList<>();
        allPaths(basis, "", paths);
        Shape.Section shape = Shape.of(ParameterCatalog.all());
        for (String path : paths) {
            Problems problems = new Problems();
            new TreeValidator(problems).validate(shape, without(basis, path));
            List<String> messages = problems.messages();
            assertEquals(1, messages.size(), path + ": " + messages);
            assertTrue(messages.get(0).contains(": " + path + ": missing; expected "), messages.get(0));
        }
        assertTrue(paths.size() > ParameterCatalog.all().size(), "sections and list items are included");
    }

    @Test
    void aFileWithoutExtendsMustGiveEverySection(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("tiny.yaml");
        Files.writeString(file, "# too short\nname: tiny\ndescription: only two keys\n");
        ScenarioException e = org.junit.jupiter.api.Assertions.assertThrows(ScenarioException.class,
                () -> ScenarioLoader.load(file));
        assertEquals(13, e.problems().size(), String.join("\n", e.problems()));
        assertEquals(file + ":2:1: population: missing; expected a mapping with keys inflow_per_year, stay_days, "
                + "women_share, age_bands, hvb_share, hvb_stay_days, hvb_conviction_share, hvb_schorsing_share, "
                + "sudden_release_share_schorsing, sudden_release_share_trial, sudden_release_share_sentenced, "
                + "lvb_share, toezicht_share, decline_probability", e.problems().get(0));
        assertEquals(file + ":2:1: regions: missing; expected a list of items with keys name, inflow_share, x_km, y_km",
                e.problems().get(2));
    }

    @Test
    void rangesDescribeThemselves() {
        assertEquals("0 to 1", Range.between(0, 1).describe());
        assertEquals("> 0", Range.above(0).describe());
        assertEquals(">= 1", Range.atLeast(1).describe());
        assertEquals("> 0 and <= 168", Range.aboveUpTo(0, 168).describe());
        assertFalse(Range.above(0).contains(0));
        assertTrue(Range.aboveUpTo(0, 168).contains(168));
        assertFalse(Range.between(0, 3).contains(3.0001));
    }

    @Test
    void relativeValuesAreExactDecimals() {
        assertEquals("216", RelativeValue.parse("+20%").orElseThrow().applyTo("180"));
        assertEquals("81", RelativeValue.parse("-10%").orElseThrow().applyTo("90"));
        assertEquals("0.45", RelativeValue.parse("x1.5").orElseThrow().applyTo("0.3"));
        assertEquals("2700", RelativeValue.parse("x10").orElseThrow().applyTo("270"));
        assertTrue(RelativeValue.parse("20%").isEmpty());
        assertTrue(RelativeValue.parse("+20").isEmpty());
        assertTrue(RelativeValue.parse("*1.5").isEmpty());
    }

    private static ConfigNode readBasis() {
        return new YamlTreeReader(new Problems()).readFile(BASIS).orElseThrow();
    }

    private static void leafPatterns(ConfigNode node, String path, Set<String> out) {
        if (node instanceof ConfigNode.Mapping m) {
            m.entries().forEach((k, e) -> leafPatterns(e.value(), FieldPaths.child(path, k), out));
        } else if (node instanceof ConfigNode.Sequence s) {
            s.items().forEach(item -> leafPatterns(item, path + "[]", out));
        } else {
            out.add(path);
        }
    }

    /** Every key path of the tree (first item of each list only). */
    private static void allPaths(ConfigNode node, String path, List<String> out) {
        if (node instanceof ConfigNode.Mapping m) {
            m.entries().forEach((k, e) -> {
                out.add(FieldPaths.child(path, k));
                allPaths(e.value(), FieldPaths.child(path, k), out);
            });
        } else if (node instanceof ConfigNode.Sequence s) {
            allPaths(s.items().get(0), FieldPaths.item(path, 0), out);
        }
    }

    /** The tree with the key at {@code path} removed. */
    private static ConfigNode without(ConfigNode node, String path) {
        int dot = path.indexOf('.');
        String head = dot < 0 ? path : path.substring(0, dot);
        String rest = dot < 0 ? null : path.substring(dot + 1);
        if (head.endsWith("[0]")) {
            ConfigNode.Mapping m = (ConfigNode.Mapping) node;
            String key = head.substring(0, head.length() - 3);
            ConfigNode.Sequence list = (ConfigNode.Sequence) m.entries().get(key).value();
            List<ConfigNode> items = new ArrayList<>(list.items());
            items.set(0, without(items.get(0), rest));
            return replace(m, key, new ConfigNode.Sequence(items, list.origin()));
        }
        ConfigNode.Mapping m = (ConfigNode.Mapping) node;
        if (rest == null) {
            return m.without(head);
        }
        return replace(m, head, without(m.entries().get(head).value(), rest));
    }

    private static ConfigNode.Mapping replace(ConfigNode.Mapping m, String key, ConfigNode value) {
        Map<String, ConfigNode.Entry> entries = new LinkedHashMap<>(m.entries());
        ConfigNode.Entry old = entries.get(key);
        entries.put(key, new ConfigNode.Entry(key, old.keyOrigin(), value));
        return new ConfigNode.Mapping(entries, m.origin());
    }
}
