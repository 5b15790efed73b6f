package nl.ketensim.output;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import nl.ketensim.experiment.Sweep;
import nl.ketensim.stats.IntervalEstimate;
import org.apache.commons.csv.CSVPrinter;

/**
 * {@code sweep.csv}: per grid point and (group, metric) the mean and Student-t 95% interval.
 * {@code param1}/{@code value1} (and {@code param2}/{@code value2}, empty in a one-parameter
 * sweep) name the point; values are as given on the command line (e.g. {@code +20%}).
 */
public final class SweepCsv {

    public static final String FILE_NAME = "sweep.csv";

    static final String[] HEADER = {"param1", "value1", "param2", "value2", "group", "metric", "unit", "mean",
        "ci95_low", "ci95_high", "replications"};

    private SweepCsv() { }

    public static void write(String param1, String param2, List<Sweep.Row> rows, Path file) throws IOException {
        try (Writer out = CsvFiles.newFile(file)) {
            CSVPrinter printer = CsvFiles.printer(out, HEADER);
            for (Sweep.Row row : rows) {
                IntervalEstimate e = row.summary().estimate();
                printer.printRecord(param1, row.value1(), param2, row.value2(), row.summary().group(),
                        row.summary().metric(), row.summary().unit(), Decimals.format(e.mean()),
                        Decimals.format(e.low()), Decimals.format(e.high()), e.n());
            }
            printer.flush();
        }
    }
}
