package nl.ketensim.output;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import nl.ketensim.stats.ExperimentSummary;
import nl.ketensim.stats.IntervalEstimate;
import nl.ketensim.stats.MetricSummary;
import org.apache.commons.csv.CSVPrinter;

/**
 * {@code summary.csv}: one row per (group, metric) in the model's order. Mean and bounds are in
 * the metric's unit; {@code replications} counts the replications whose value was not NaN. Bounds
 * are empty with fewer than two such replications, the mean is empty with none.
 */
public final class SummaryCsv {

    public static final String FILE_NAME = "summary.csv";

    static final String[] HEADER =
            {"group", "metric", "unit", "mean", "ci95_low", "ci95_high", "replications"};

    private SummaryCsv() { }

    public static void write(ExperimentSummary summary, Path file) throws IOException {
        try (Writer out = CsvFiles.newFile(file)) {
            write(summary, out);
        }
    }

    public static void write(ExperimentSummary summary, Appendable out) throws IOException {
        CSVPrinter printer = CsvFiles.printer(out, HEADER);
        for (MetricSummary s : summary.metrics()) {
            IntervalEstimate e = s.estimate();
            printer.printRecord(s.group(), s.metric(), s.unit(), Decimals.format(e.mean()),
                    Decimals.format(e.low()), Decimals.format(e.high()), e.n());
        }
        printer.flush();
    }
}
