package nl.ketensim.scenario;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hash of a resolved scenario covers every file of the extends chain and the overrides. */
class ResolvedScenarioHashTest {

    private static final Path BASIS = Path.of("scenarios/basis.yaml");

    @TempDir
    Path tmp;

    private static String hash(Path file, String... overrides) throws ScenarioException {
        return ResolvedScenarioHash.of(ScenarioLoader.loadWithOrigins(file, List.of(overrides)));
    }

    /** A copy of basis.yaml and a child of that copy, both in {@link #tmp}. */
    private Path child(String childBody) throws Exception {
        Files.copy(BASIS, tmp.resolve("parent.yaml"));
        return Files.writeString(tmp.resolve("child.yaml"), "extends: parent.yaml\nname: child\n" + childBody);
    }

    @Test
    void aChangeInTheParentFileChangesTheChildsHashButNotItsFileBytes() throws Exception {
        Path child = child("staffing:\n  casemanager:\n    fte: +10%\n");
        String before = hash(child);
        byte[] childBytes = Files.readAllBytes(child);
        Path parent = tmp.resolve("parent.yaml");
        Files.writeString(parent, Files.readString(parent).replaceFirst("inflow_per_year: *[0-9.]+",
                "inflow_per_year: 31234"));

        assertEquals(31234, ScenarioLoader.load(child).population().inflowPerYear());
        assertArrayEquals(childBytes, Files.readAllBytes(child));
        assertNotEquals(before, hash(child));
    }

    @Test
    void theSameValuesGiveTheSameHashHoweverTheyAreWritten() throws Exception {
        Path child = child("# only a comment and the inherited values\n");
        String commented = hash(child);
        Files.writeString(child, "extends: parent.yaml\nname:   child   # same value, other layout\n");

        assertEquals(commented, hash(child));
        assertEquals(hash(BASIS, "name=child"), hash(child));
    }

    @Test
    void anOverrideOrARelativeValueThatChangesNothingKeepsTheHash() throws Exception {
        assertEquals(hash(BASIS), hash(BASIS, "staffing.gemeente.fte=+0%"));
        assertNotEquals(hash(BASIS), hash(BASIS, "staffing.gemeente.fte=+1%"));
        assertNotEquals(hash(BASIS), hash(BASIS, "description=other"));
    }

    @Test
    void valuesAreHashedAsPathValueLinesWithEscapedLineEnds() {
        LoadedScenario scenario = new LoadedScenario(null, Map.of("name", "a\nb"), Map.of());

        // printf 'name=a\\nb\n' | sha256sum
        assertEquals("c5bd186c8488102dcaf4ad06a6c4d76ec92225c79703dd4f7e4854149ad1fb88", ResolvedScenarioHash.of(scenario));
    }
}
