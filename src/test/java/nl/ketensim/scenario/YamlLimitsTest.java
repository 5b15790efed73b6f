package nl.ketensim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile YAML is refused with one line naming file, line and column: deep nesting (which used to
 * end in a StackOverflowError), alias bombs, too many aliases, oversized files and values.
 */
class YamlLimitsTest {

    @TempDir
    Path dir;

    private List<String> problems(String text) throws Exception {
        Path file = dir.resolve("hostile.yaml");
        Files.writeString(file, text);
        return assertThrows(ScenarioException.class, () -> ScenarioLoader.load(file)).problems();
    }

    @Test
    void thousandsOfFlowLevelsAreRefusedWhereTheLimitIsPassed() throws Exception {
        // the top-level mapping is level 1, so the 50th bracket is the first level too many
        String deep = "name: deep\nx: " + "[".repeat(5000) + "]".repeat(5000) + "\n";
        assertEquals(List.of(dir.resolve("hostile.yaml") + ":2:" + (3 + YamlLimits.MAX_DEPTH)
                + ": scenario too large: nested deeper than 50 levels"), problems(deep));
    }

    @Test
    void deepBlockNestingIsRefusedToo() throws Exception {
        StringBuilder text = new StringBuilder("name: deep\n");
        for (int level = 0; level < 60; level++) {
            text.append("  ".repeat(level)).append("k:\n");
        }
        text.append("  ".repeat(60)).append("end\n");
        assertEquals(List.of(dir.resolve("hostile.yaml") + ":52:101: scenario too large: nested deeper than 50 levels"),
                problems(text.toString()));
    }

    @Test
    void anAliasBombIsRefusedBeforeItExpands() throws Exception {
        StringBuilder text = new StringBuilder("a0: &a0 [x, x]\n");
        for (int i = 1; i <= 24; i++) {
            text.append("a").append(i).append(": &a").append(i).append(" [*a").append(i - 1).append(", *a")
                    .append(i - 1).append("]\n");
        }
        List<String> problems = problems(text.toString());
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(true, problems.get(0).matches(".*hostile\\.yaml:\\d+:\\d+: scenario too large: more than "
                + "100000 values after alias expansion"), problems.get(0));
    }

    @Test
    void moreThanFiftyAliasesAreRefused() throws Exception {
        StringBuilder text = new StringBuilder("a: &a x\nlist:\n");
        for (int i = 0; i < 51; i++) {
            text.append("  - *a\n");
        }
        assertEquals(List.of(dir.resolve("hostile.yaml") + ":53:5: scenario too large: more than 50 aliases"),
                problems(text.toString()));
    }

    @Test
    void anOversizedFileIsNotEvenRead() throws Exception {
        String big = "# " + "x".repeat((int) YamlLimits.MAX_BYTES) + "\n";
        assertEquals(List.of(dir.resolve("hostile.yaml") + ":1:1: scenario too large: " + (big.length())
                + " bytes; at most 4194304 allowed"), problems(big));
        String longText = "# " + "x".repeat(YamlLimits.MAX_CHARS) + "\n";
        assertEquals(List.of(dir.resolve("hostile.yaml") + ":1:1: scenario too large: document too large: "
                + longText.length() + " characters; at most 1048576 allowed"), problems(longText));
    }

    @Test
    void aLongChainOfExtendsIsRefused() throws Exception {
        for (int i = 0; i < 30; i++) {
            Files.writeString(dir.resolve("c" + i + ".yaml"), "extends: c" + (i + 1) + ".yaml\nname: c" + i + "\n");
        }
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(dir.resolve("c0.yaml")));
        assertEquals(List.of(dir.resolve("c19.yaml") + ":1:10: extends: scenario too large: a chain of more than 20 "
                + "files that extend each other"), e.problems());
    }

    @Test
    void aDeepOverrideValueIsRefusedToo() {
        String value = "[".repeat(3000) + "]".repeat(3000);
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(
                Path.of("scenarios/basis.yaml"), List.of("name=" + value)));
        assertEquals(1, e.problems().size());
        assertEquals(true, e.problems().get(0).endsWith(": value too large: nested deeper than 50 levels"),
                e.problems().get(0));
    }
}
