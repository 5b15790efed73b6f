package nl.ketensim.output;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import nl.ketensim.experiment.StudyPlan;

/**
 * {@code manifest.json} of a study folder: command, scenarios with their overrides and SHA-256s
 * (file and resolved scenario), seed, replications, years, shard, precision, threads, versions,
 * git commit and dirty flag of the build, start time, wall seconds and events. The timing fields ({@code threads}, {@code start_time}, {@code wall_seconds},
 * {@code events_per_second}) and {@code shard} differ between runs of the same study.
 */
public final class StudyManifestJson {

    public static final String FILE_NAME = ManifestJson.FILE_NAME;

    private static final JsonFactory FACTORY = new JsonFactory();

    private StudyManifestJson() { }

    public static void write(StudyManifest manifest, Path file) throws IOException {
        StudyPlan plan = manifest.plan();
        try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW);
             JsonGenerator json = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("command", plan.command());
            json.writeArrayFieldStart("scenarios");
            for (StudyPlan.Variant v : plan.variants()) {
                json.writeStartObject();
                PlanJson.writeScenarioFields(json, v);
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeObjectFieldStart("settings");
            for (Map.Entry<String, String> e : plan.settings().entrySet()) {
                json.writeStringField(e.getKey(), e.getValue());
            }
            json.writeEndObject();
            json.writeNumberField("seed", plan.seed());
            json.writeNumberField("replications", plan.replications());
            json.writeNumberField("years", plan.years());
            json.writeStringField("shard", manifest.shard());
            ManifestJson.writeNumber(json, "precision", manifest.precision());
            json.writeBooleanField("precision_met", manifest.precisionMet());
            if (!manifest.precisionOptions().isEmpty()) {
                json.writeStringField("precision_options", manifest.precisionOptions());
            }
            json.writeNumberField("threads", manifest.threads());
            ManifestJson.writeRunFacts(json, manifest.version(), manifest.git(), manifest.javaVersion(), manifest.startTime(),
                    manifest.wallSeconds(), manifest.eventsProcessed(), manifest.eventsPerSecond());
            json.writeEndObject();
            json.writeRaw('\n');
        }
    }
}
