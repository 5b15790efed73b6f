package nl.ketensim.output;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.ketensim.experiment.WarmupAnalysis;
import org.apache.commons.csv.CSVPrinter;

/**
 * {@code warmup.csv}: per period-series metric and replication ({@code mean} = the mean series
 * over replications) the truncation point of MSER-5 (batches of 5 four-week periods) and of MSER
 * with batches of one period, each as the first day kept (days since the start), whether it falls
 * within the scenario's warm-up, and whether the MSER minimum was reliable (before the search limit
 * of half the series; otherwise the run is too short or drifting). Undetermined truncations
 * (series too short, or with empty periods) have empty cells.
 */
public final class WarmupCsv {

    public static final String FILE_NAME = "warmup.csv";

    static final String[] HEADER = {"metric", "replication", "periods", "warmup_days", "mser5_truncation_day",
        "mser5_within_warmup", "mser5_reliable", "mser1_truncation_day", "mser1_within_warmup", "mser1_reliable"};

    private WarmupCsv() { }

    public static void write(double warmupDays, List<WarmupAnalysis.Row> rows, Path file) throws IOException {
        try (Writer out = CsvFiles.newFile(file)) {
            CSVPrinter printer = CsvFiles.printer(out, HEADER);
            for (WarmupAnalysis.Row row : rows) {
                List<String> cells = new ArrayList<>(List.of(row.metric(), row.replication(),
                        Integer.toString(row.periods()), Decimals.format(warmupDays)));
                for (WarmupAnalysis.Cut cut : List.of(row.mser5(), row.mser1())) {
                    cells.add(Decimals.format(cut.day()));
                    cells.add(cut.known() ? Boolean.toString(cut.withinWarmup()) : "");
                    cells.add(cut.known() ? Boolean.toString(cut.reliable()) : "");
                }
                printer.printRecord(cells);
            }
            printer.flush();
        }
    }
}
