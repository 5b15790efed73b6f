package nl.ketensim.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import nl.ketensim.experiment.StudyPlan;
import nl.ketensim.experiment.StudyResults;
import nl.ketensim.results.ReplicationResult;

/**
 * The folder one shard writes ({@code --shard i/n}): {@value PlanJson#FILE_NAME} (the same for
 * every shard of a study), {@code raw/v<k>.csv} per variant k (lossless values of this shard's
 * replications, see {@link RawCsv}), {@code inputs/} (files about the study's input, such as
 * {@code scenario_parameters.csv}, which the merged folder takes over byte for byte) and
 * {@code manifest.json} (with the shard and its timing). {@code ketensim merge} reads these
 * folders back.
 */
public final class ShardFolder {

    static final String RAW = "raw";
    static final String INPUTS = "inputs";
    /** Manifest field: the commit the program was built from, when the build knew it. */
    public static final String GIT_COMMIT = "git_commit";
    /** Manifest field: whether the build had uncommitted changes. */
    public static final String GIT_DIRTY = "git_dirty";

    private ShardFolder() { }

    /**
     * Writes a shard folder atomically; {@code folder} must not exist.
     *
     * @param inputs writes the files the merged results folder takes over unchanged
     */
    public static void write(Path folder, StudyPlan plan, StudyResults results, StudyManifest manifest,
                             AtomicFolder.Contents inputs) throws IOException {
        AtomicFolder.create(folder, dir -> {
            PlanJson.write(plan, dir.resolve(PlanJson.FILE_NAME));
            Path raw = Files.createDirectory(dir.resolve(RAW));
            for (int v = 0; v < results.variants().size(); v++) {
                RawCsv.write(results.variant(v), raw.resolve(rawName(v)));
            }
            inputs.writeInto(Files.createDirectory(dir.resolve(INPUTS)));
            StudyManifestJson.write(manifest, dir.resolve(StudyManifestJson.FILE_NAME));
        });
    }

    /**
     * Reads a shard folder.
     *
     * @throws IOException naming the folder when it is not a complete shard folder
     */
    public static Contents read(Path folder) throws IOException {
        Path planFile = folder.resolve(PlanJson.FILE_NAME);
        if (!Files.isRegularFile(planFile)) {
            throw new IOException(folder + ": not a shard folder (no " + PlanJson.FILE_NAME + ")");
        }
        StudyPlan plan = PlanJson.read(planFile);
        List<List<ReplicationResult>> variants = new ArrayList<>();
        for (int v = 0; v < plan.variants().size(); v++) {
            Path raw = folder.resolve(RAW).resolve(rawName(v));
            if (!Files.isRegularFile(raw)) {
                throw new IOException(folder + ": missing " + RAW + "/" + rawName(v));
            }
            variants.add(RawCsv.read(raw));
        }
        Map<String, byte[]> inputs = inputs(folder.resolve(INPUTS));
        Map<?, ?> manifest = (Map<?, ?>) JsonTree.read(folder.resolve(StudyManifestJson.FILE_NAME));
        try {
            Object commit = manifest.get(GIT_COMMIT);
            return new Contents(plan, variants, inputs, (String) manifest.get("shard"),
                    OffsetDateTime.parse((String) manifest.get("start_time")),
                    Double.parseDouble((String) manifest.get("wall_seconds")),
                    Integer.parseInt((String) manifest.get("threads")),
                    commit == null ? null : commit.toString(), Boolean.TRUE.equals(manifest.get(GIT_DIRTY)));
        } catch (RuntimeException e) {
            throw new IOException(folder + ": unreadable " + StudyManifestJson.FILE_NAME + " (" + e + ")", e);
        }
    }

    /** The files of {@code inputs/} by name; empty when the folder has none. */
    private static Map<String, byte[]> inputs(Path folder) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        if (!Files.isDirectory(folder)) {
            return files;
        }
        try (Stream<Path> list = Files.list(folder)) {
            for (Path file : list.filter(Files::isRegularFile).toList()) {
                files.put(file.getFileName().toString(), Files.readAllBytes(file));
            }
        }
        return files;
    }

    private static String rawName(int variant) {
        return String.format(Locale.ROOT, "v%03d.csv", variant);
    }

    /**
     * @param plan        the study plan
     * @param variants    per variant, this shard's replications in ascending order
     * @param inputs      the files of {@code inputs/} by name, in name order
     * @param shard       {@code i/n}
     * @param startTime   when the shard started
     * @param wallSeconds its wall-clock time (seconds)
     * @param threads     its worker threads
     * @param gitCommit   the commit the program that ran the shard was built from; null when unknown
     * @param gitDirty    whether that build had uncommitted changes
     */
    public record Contents(StudyPlan plan, List<List<ReplicationResult>> variants, Map<String, byte[]> inputs,
                           String shard, OffsetDateTime startTime, double wallSeconds, int threads,
                           String gitCommit, boolean gitDirty) {

        public Contents {
            inputs = java.util.Collections.unmodifiableMap(new TreeMap<>(inputs));
        }
    }
}
