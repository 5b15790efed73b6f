package nl.ketensim.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.ketensim.experiment.ExperimentResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestJsonTest {

    /** Top-level scalar fields as text; arrays are skipped. */
    private static Map<String, String> fields(byte[] json) throws IOException {
        Map<String, String> fields = new LinkedHashMap<>();
        try (JsonParser parser = new JsonFactory().createParser(json)) {
            assertEquals(JsonToken.START_OBJECT, parser.nextToken());
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (value == JsonToken.START_ARRAY) {
                    parser.skipChildren();
                } else {
                    fields.put(name, parser.getText());
                }
            }
        }
        return fields;
    }

    @Test
    void holdsWhatWasRunAndHowLongItTook() throws IOException {
        ExperimentResult result = Fixtures.experiment();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ManifestJson.write(Fixtures.manifest(result), out);

        Map<String, String> fields = fields(out.toByteArray());
        assertEquals("basis", fields.get("scenario"));
        assertEquals("ab12", fields.get("scenario_sha256"));
        assertEquals("cd34", fields.get("resolved_scenario_sha256"));
        assertEquals("20260101", fields.get("seed"));
        assertEquals("2", fields.get("replications"));
        assertEquals("1.0", fields.get("years"));
        assertEquals("2", fields.get("threads"));
        assertEquals("0.1.0", fields.get("ketensim_version"));
        assertEquals("0123456789abcdef0123456789abcdef01234567", fields.get("git_commit"));
        assertEquals("true", fields.get("git_dirty"));
        assertEquals("17.0.15", fields.get("java_version"));
        assertEquals("2026-01-01T12:00:00+01:00", fields.get("start_time"));
        assertEquals("1.5", fields.get("wall_seconds"));
        assertEquals("2200", fields.get("events_processed"));
        assertEquals("1466.6666666666667", fields.get("events_per_second"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("\"staffing.gemeente.fte=300\""));
    }

    @Test
    void sha256OfAFileIsLowerCaseHex(@TempDir Path tmp) throws IOException {
        Path file = Files.writeString(tmp.resolve("s.yaml"), "abc");

        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Sha256.of(file));
    }

    @Test
    void versionComesFromTheBuild() {
        assertTrue(BuildInfo.version().matches("\\d+\\.\\d+.*"), BuildInfo.version());
    }
}
