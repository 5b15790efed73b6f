package nl.ketensim.output;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import nl.ketensim.experiment.WarmupAnalysis;
import org.apache.commons.csv.CSVPrinter;

/**
 * {@code warmup.csv}: per period-series metric and replication ({@code mean} = the mean series
 * over replications) the MSER-5 truncation point in four-week periods and days since the start,
 * whether it falls within the scenario's warm-up, and whether the MSER minimum was reliable
 * (before the search limit of half the series; otherwise the run is too short or drifting).
 * Undetermined truncations (series too short, or with empty periods) have empty cells.
 */
public final class WarmupCsv {

    public static final String FILE_NAME = "warmup.csv";

    static final String[] HEADER = {"metric", "replication", "periods", "truncation_periods", "truncation_day",
        "warmup_days", "within_warmup", "reliable"};

    private WarmupCsv() { }

    public static void write(double warmupDays, List<WarmupAnalysis.Row> rows, Path file) throws IOException {
        try (Writer out = CsvFiles.newFile(file)) {
            CSVPrinter printer = CsvFiles.printer(out, HEADER);
            for (WarmupAnalysis.Row row : rows) {
                boolean known = row.truncationPeriods() >= 0;
                printer.printRecord(row.metric(), row.replication(), row.periods(),
                        known ? Integer.toString(row.truncationPeriods()) : "", Decimals.format(row.truncationDay()),
                        Decimals.format(warmupDays), known ? Boolean.toString(row.withinWarmup()) : "",
                        known ? Boolean.toString(row.reliable()) : "");
            }
            printer.flush();
        }
    }
}
