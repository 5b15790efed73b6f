package nl.ketensim.output;

import java.io.IOException;
import java.nio.file.Path;
import nl.ketensim.experiment.ExperimentResult;
import nl.ketensim.stats.ExperimentSummary;

/**
 * Writes the results folder of one run: {@value SummaryCsv#FILE_NAME},
 * {@value KnelpuntenCsv#FILE_NAME}, {@value ReplicationsCsv#FILE_NAME}, {@value SeriesCsv#FILE_NAME}
 * and {@value ManifestJson#FILE_NAME}, all at once via {@link AtomicFolder}.
 */
public final class ResultsFolder {

    private ResultsFolder() { }

    /**
     * @param folder must not exist yet
     */
    public static void write(Path folder, ExperimentResult result, ExperimentSummary summary,
                             RunManifest manifest) throws IOException {
        write(folder, result, summary, manifest, dir -> { });
    }

    /**
     * As {@link #write(Path, ExperimentResult, ExperimentSummary, RunManifest)}, with more files
     * written by {@code extra} inside the same all-or-nothing folder write.
     */
    public static void write(Path folder, ExperimentResult result, ExperimentSummary summary,
                             RunManifest manifest, AtomicFolder.Contents extra) throws IOException {
        AtomicFolder.create(folder, dir -> {
            SummaryCsv.write(summary, dir.resolve(SummaryCsv.FILE_NAME));
            KnelpuntenCsv.write(KnelpuntenTable.from(summary), dir.resolve(KnelpuntenCsv.FILE_NAME));
            ReplicationsCsv.write(result, dir.resolve(ReplicationsCsv.FILE_NAME));
            SeriesCsv.write(result.replications(), dir.resolve(SeriesCsv.FILE_NAME));
            ManifestJson.write(manifest, dir.resolve(ManifestJson.FILE_NAME));
            extra.writeInto(dir);
        });
    }
}
