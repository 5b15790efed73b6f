package nl.ketensim.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class GitRevisionTest {

    private static final String HASH = "4c13de7f15d33fc02a61acee1697c272707bbcfa";

    @Test
    void aFullHashAndADirtyFlagAreKept() {
        assertEquals(new GitRevision(HASH, "false"), GitRevision.of(HASH, "false"));
        assertEquals(new GitRevision(HASH, "true"), GitRevision.of(" " + HASH + "\n", "true "));
        assertTrue(GitRevision.of(HASH, "true").known());
    }

    @Test
    void anythingElseIsUnknown() {
        for (List<String> values : List.of(List.of("unknown", "unknown"), List.of("${git.commit}", "false"),
                List.of(HASH.substring(0, 7), "false"), List.of(HASH.toUpperCase(), "false"), List.of(HASH, "yes"),
                List.of(HASH, ""), List.of("", "true"))) {
            assertEquals(GitRevision.unknown(), GitRevision.of(values.get(0), values.get(1)), values.toString());
        }
        assertEquals(GitRevision.unknown(), GitRevision.of(null, null));
        assertFalse(GitRevision.unknown().known());
    }

    @Test
    void theBuildRecordsAFullHashOrSaysUnknown() {
        GitRevision build = BuildInfo.gitRevision();

        assertEquals(build, GitRevision.of(build.commit(), build.dirty()), build.toString());
    }

    @Test
    void anUnknownRevisionIsWrittenAsUnknownCommitAndNullDirty() throws IOException {
        RunManifest known = Fixtures.manifest(Fixtures.experiment());
        RunManifest unknown = new RunManifest(known.scenarioName(), known.scenarioFile(), known.scenarioSha256(),
                known.resolvedSha256(), known.overrides(), known.seed(), known.replications(), known.years(), known.threads(),
                known.version(), GitRevision.unknown(), known.javaVersion(), known.startTime(), known.wallSeconds(),
                known.eventsProcessed());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ManifestJson.write(unknown, out);

        String json = out.toString(StandardCharsets.UTF_8);
        assertTrue(json.contains("\"git_commit\" : \"unknown\""), json);
        assertTrue(json.contains("\"git_dirty\" : null"), json);
    }
}
