package nl.ketensim.output;

import java.io.IOException;
import java.nio.file.Path;
import nl.ketensim.experiment.ExperimentResult;
import nl.ketensim.stats.ExperimentSummary;

/**
 * The result files of one scenario's replications: {@value SummaryCsv#FILE_NAME},
 * {@value KnelpuntenCsv#FILE_NAME}, {@value ReplicationsCsv#FILE_NAME} and
 * {@value SeriesCsv#FILE_NAME}. Callers write them inside an {@link AtomicFolder}.
 */
public final class ResultsFolder {

    private ResultsFolder() { }

    /** Writes the result files into {@code dir}. */
    public static void writeFiles(Path dir, ExperimentResult result, ExperimentSummary summary) throws IOException {
        SummaryCsv.write(summary, dir.resolve(SummaryCsv.FILE_NAME));
        KnelpuntenCsv.write(KnelpuntenTable.from(summary), dir.resolve(KnelpuntenCsv.FILE_NAME));
        ReplicationsCsv.write(result, dir.resolve(ReplicationsCsv.FILE_NAME));
        SeriesCsv.write(result.replications(), dir.resolve(SeriesCsv.FILE_NAME));
    }
}
