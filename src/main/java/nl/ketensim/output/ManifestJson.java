package nl.ketensim.output;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/**
 * {@code manifest.json}: the {@link RunManifest} as one pretty-printed JSON object. Field names
 * are snake_case; durations in seconds; a non-finite number is written as {@code null}.
 */
public final class ManifestJson {

    public static final String FILE_NAME = "manifest.json";

    private static final JsonFactory FACTORY = new JsonFactory();

    private ManifestJson() { }

    public static void write(RunManifest manifest, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW)) {
            write(manifest, out);
        }
    }

    public static void write(RunManifest manifest, OutputStream out) throws IOException {
        try (JsonGenerator json = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("scenario", manifest.scenarioName());
            json.writeStringField("scenario_file", manifest.scenarioFile());
            json.writeStringField("scenario_sha256", manifest.scenarioSha256());
            json.writeStringField("resolved_scenario_sha256", manifest.resolvedSha256());
            json.writeArrayFieldStart("overrides");
            for (String override : manifest.overrides()) {
                json.writeString(override);
            }
            json.writeEndArray();
            json.writeNumberField("seed", manifest.seed());
            json.writeNumberField("replications", manifest.replications());
            json.writeNumberField("years", manifest.years());
            json.writeNumberField("threads", manifest.threads());
            writeRunFacts(json, manifest.version(), manifest.git(), manifest.javaVersion(), manifest.startTime(),
                    manifest.wallSeconds(), manifest.eventsProcessed(), manifest.eventsPerSecond());
            json.writeEndObject();
            json.writeRaw('\n');
        }
    }

    /**
     * The facts of how a run went, shared by the run and study manifests. {@code git_dirty} is a
     * boolean, or null when unknown (then {@code git_commit} is {@code "unknown"}).
     */
    static void writeRunFacts(JsonGenerator json, String version, GitRevision git, String javaVersion,
                              OffsetDateTime startTime, double wallSeconds, long eventsProcessed,
                              double eventsPerSecond) throws IOException {
        json.writeStringField("ketensim_version", version);
        json.writeStringField("git_commit", git.commit());
        if (git.known()) {
            json.writeBooleanField("git_dirty", Boolean.parseBoolean(git.dirty()));
        } else {
            json.writeNullField("git_dirty");
        }
        json.writeStringField("java_version", javaVersion);
        json.writeStringField("start_time", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(startTime));
        writeNumber(json, "wall_seconds", wallSeconds);
        json.writeNumberField("events_processed", eventsProcessed);
        writeNumber(json, "events_per_second", eventsPerSecond);
    }

    /** A number field, or null when it is not finite. */
    static void writeNumber(JsonGenerator json, String name, double value) throws IOException {
        if (Double.isFinite(value)) {
            json.writeNumberField(name, value);
        } else {
            json.writeNullField(name);
        }
    }
}
