package nl.ketensim.output;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.ketensim.experiment.StudyPlan;

/**
 * {@code plan.json} of a shard folder: the {@link StudyPlan} as JSON. The years are written with
 * {@link Double#toString(double)} so they read back exactly. Shards of one study have
 * byte-identical plans.
 */
public final class PlanJson {

    public static final String FILE_NAME = "plan.json";

    private static final JsonFactory FACTORY = new JsonFactory();

    private PlanJson() { }

    public static void write(StudyPlan plan, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW);
             JsonGenerator json = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("command", plan.command());
            json.writeStringField("seed", Long.toString(plan.seed()));
            json.writeStringField("years", Double.toString(plan.years()));
            json.writeNumberField("replications", plan.replications());
            writeMap(json, "settings", plan.settings());
            json.writeArrayFieldStart("variants");
            for (StudyPlan.Variant v : plan.variants()) {
                json.writeStartObject();
                writeScenarioFields(json, v);
                writeMap(json, "labels", v.labels());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeRaw('\n');
        }
    }

    /** The fields that identify a variant's scenario: name, file, SHA-256s and overrides. */
    static void writeScenarioFields(JsonGenerator json, StudyPlan.Variant v) throws IOException {
        json.writeStringField("name", v.name());
        json.writeStringField("scenario_file", v.scenarioFile());
        json.writeStringField("scenario_sha256", v.scenarioSha256());
        json.writeStringField("resolved_scenario_sha256", v.resolvedSha256());
        json.writeArrayFieldStart("overrides");
        for (String o : v.overrides()) {
            json.writeString(o);
        }
        json.writeEndArray();
    }

    /** Reads a plan written by {@link #write}; an IOException names the file when it is not one. */
    public static StudyPlan read(Path file) throws IOException {
        try {
            Map<?, ?> root = (Map<?, ?>) JsonTree.read(file);
            List<StudyPlan.Variant> variants = new ArrayList<>();
            for (Object o : (List<?>) root.get("variants")) {
                Map<?, ?> v = (Map<?, ?>) o;
                List<String> overrides = new ArrayList<>();
                for (Object s : (List<?>) v.get("overrides")) {
                    overrides.add((String) s);
                }
                variants.add(new StudyPlan.Variant((String) v.get("name"), (String) v.get("scenario_file"),
                        (String) v.get("scenario_sha256"), (String) v.get("resolved_scenario_sha256"), overrides,
                        strings(v.get("labels"))));
            }
            return new StudyPlan((String) root.get("command"), Long.parseLong((String) root.get("seed")),
                    Double.parseDouble((String) root.get("years")),
                    Integer.parseInt((String) root.get("replications")), strings(root.get("settings")), variants);
        } catch (RuntimeException e) {
            throw new IOException(file + ": not a ketensim plan (" + e + ")", e);
        }
    }

    private static void writeMap(JsonGenerator json, String name, Map<String, String> map) throws IOException {
        json.writeObjectFieldStart(name);
        for (Map.Entry<String, String> e : map.entrySet()) {
            json.writeStringField(e.getKey(), e.getValue());
        }
        json.writeEndObject();
    }

    private static Map<String, String> strings(Object object) {
        Map<String, String> map = new LinkedHashMap<>();
        ((Map<?, ?>) object).forEach((k, v) -> map.put((String) k, (String) v));
        return map;
    }
}
