package nl.ketensim.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads {@code manifest.json} (streaming, jackson-core); unknown fields are skipped. */
final class ManifestReader {

    private static final JsonFactory FACTORY = new JsonFactory();

    private ManifestReader() { }

    static Manifest read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file); JsonParser json = FACTORY.createParser(in)) {
            if (json.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException(file + ": not a JSON object");
            }
            Manifest m = Manifest.unknown();
            String scenario = m.scenario();
            String scenarioFile = m.scenarioFile();
            String sha = m.scenarioSha256();
            List<String> overrides = new ArrayList<>();
            long seed = m.seed();
            int replications = m.replications();
            double years = m.years();
            int threads = m.threads();
            String version = m.version();
            String javaVersion = m.javaVersion();
            String start = m.startTime();
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String name = json.currentName();
                JsonToken value = json.nextToken();
                switch (name) {
                    case "scenario" -> scenario = text(json);
                    case "scenario_file" -> scenarioFile = text(json);
                    case "scenario_sha256" -> sha = text(json);
                    case "overrides" -> {
                        if (value == JsonToken.START_ARRAY) {
                            while (json.nextToken() != JsonToken.END_ARRAY) {
                                overrides.add(text(json));
                            }
                        }
                    }
                    case "seed" -> seed = value.isNumeric() ? json.getLongValue() : seed;
                    case "replications" -> replications = value.isNumeric() ? json.getIntValue() : replications;
                    case "years" -> years = value.isNumeric() ? json.getDoubleValue() : years;
                    case "threads" -> threads = value.isNumeric() ? json.getIntValue() : threads;
                    case "ketensim_version" -> version = text(json);
                    case "java_version" -> javaVersion = text(json);
                    case "start_time" -> start = text(json);
                    default -> json.skipChildren();
                }
            }
            return new Manifest(scenario, scenarioFile, sha, overrides, seed, replications, years, threads,
                    version, javaVersion, start);
        }
    }

    private static String text(JsonParser json) throws IOException {
        String text = json.getValueAsString();
        return text == null ? "" : text;
    }
}
