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

/**
 * Reads {@code manifest.json} (streaming, jackson-core): the run manifest, or a study manifest
 * with {@code command} and {@code scenarios} (the base's file, SHA-256 and the overrides every
 * scenario shares are taken); unknown fields are skipped.
 */
final class ManifestReader {

    private static final JsonFactory FACTORY = new JsonFactory();

    private ManifestReader() { }

    static Manifest read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file); JsonParser json = FACTORY.createParser(in)) {
            if (json.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException(file + ": not a JSON object");
            }
            Manifest m = Manifest.unknown();
            String command = m.command();
            List<Variant> variants = new ArrayList<>();
            String scenario = m.scenario();
            String scenarioFile = m.scenarioFile();
            String sha = m.scenarioSha256();
            List<String> overrides = new ArrayList<>();
            long seed = m.seed();
            int replications = m.replications();
            double years = m.years();
            int threads = m.threads();
            String version = m.version();
            String gitCommit = m.gitCommit();
            String gitDirty = m.gitDirty();
            String javaVersion = m.javaVersion();
            String start = m.startTime();
            double precision = m.precision();
            String precisionOptions = m.precisionOptions();
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String name = json.currentName();
                JsonToken value = json.nextToken();
                switch (name) {
                    case "command" -> command = text(json);
                    case "scenarios" -> {
                        if (value == JsonToken.START_ARRAY) {
                            while (json.nextToken() == JsonToken.START_OBJECT) {
                                variants.add(variant(json));
                            }
                        } else {
                            json.skipChildren();
                        }
                    }
                    case "scenario" -> scenario = text(json);
                    case "scenario_file" -> scenarioFile = text(json);
                    case "scenario_sha256" -> sha = text(json);
                    case "overrides" -> overrides.addAll(strings(json, value));
                    case "seed" -> seed = value.isNumeric() ? json.getLongValue() : seed;
                    case "replications" -> replications = value.isNumeric() ? json.getIntValue() : replications;
                    case "years" -> years = value.isNumeric() ? json.getDoubleValue() : years;
                    case "threads" -> threads = value.isNumeric() ? json.getIntValue() : threads;
                    case "ketensim_version" -> version = text(json);
                    case "git_commit" -> gitCommit = text(json);
                    case "git_dirty" -> gitDirty = value.isBoolean() ? json.getText() : "unknown";
                    case "java_version" -> javaVersion = text(json);
                    case "start_time" -> start = text(json);
                    case "precision" -> precision = value.isNumeric() ? json.getDoubleValue() : precision;
                    case "precision_options" -> precisionOptions = text(json);
                    default -> json.skipChildren();
                }
            }
            if (!variants.isEmpty()) {
                Variant base = variants.get(0);
                scenario = scenario.isEmpty() ? base.name() : scenario;
                scenarioFile = scenarioFile.isEmpty() ? base.file() : scenarioFile;
                sha = sha.isEmpty() ? base.sha256() : sha;
                if (overrides.isEmpty()) {
                    overrides.addAll(sharedOverrides(variants));
                }
            }
            return new Manifest(command, scenario, variants.stream().map(Variant::name).toList(), scenarioFile,
                    sha, overrides, seed, replications, years, threads, version, gitCommit, gitDirty, javaVersion, start,
                    precision, precisionOptions);
        }
    }

    /** One entry of a study manifest's {@code scenarios}. */
    private record Variant(String name, String file, String sha256, List<String> overrides) { }

    /** Reads the object the parser is at (after its START_OBJECT) up to its END_OBJECT. */
    private static Variant variant(JsonParser json) throws IOException {
        String name = "";
        String file = "";
        String sha = "";
        List<String> overrides = new ArrayList<>();
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String field = json.currentName();
            JsonToken value = json.nextToken();
            switch (field) {
                case "name" -> name = text(json);
                case "scenario_file" -> file = text(json);
                case "scenario_sha256" -> sha = text(json);
                case "overrides" -> overrides.addAll(strings(json, value));
                default -> json.skipChildren();
            }
        }
        return new Variant(name, file, sha, overrides);
    }

    /**
     * The overrides at the start of every scenario's list: the user's {@code --set}s, which come
     * before a sweep point's or relief's own overrides.
     */
    private static List<String> sharedOverrides(List<Variant> variants) {
        List<String> shared = variants.get(0).overrides();
        for (Variant v : variants) {
            int n = 0;
            while (n < shared.size() && n < v.overrides().size() && shared.get(n).equals(v.overrides().get(n))) {
                n++;
            }
            shared = shared.subList(0, n);
        }
        return shared;
    }

    private static List<String> strings(JsonParser json, JsonToken value) throws IOException {
        List<String> list = new ArrayList<>();
        if (value == JsonToken.START_ARRAY) {
            while (json.nextToken() != JsonToken.END_ARRAY) {
                list.add(text(json));
            }
        } else {
            json.skipChildren();
        }
        return list;
    }

    private static String text(JsonParser json) throws IOException {
        String text = json.getValueAsString();
        return text == null ? "" : text;
    }
}
