package nl.ketensim.output;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import nl.ketensim.results.ReplicationResult;
import nl.ketensim.results.SeriesPoint;
import nl.ketensim.stats.IntervalEstimate;
import nl.ketensim.stats.StudentTInterval;
import org.apache.commons.csv.CSVPrinter;

/**
 * {@code series.csv}: each metric per four-week period from time 0 (warm-up included), with the
 * mean and Student-t 95% interval over replications. Rows follow the model's order: period by
 * period, metrics within a period. {@code start_day} is the period's first day since the start.
 */
public final class SeriesCsv {

    public static final String FILE_NAME = "series.csv";

    static final String[] HEADER =
            {"metric", "unit", "period", "start_day", "mean", "ci95_low", "ci95_high", "replications"};

    private SeriesCsv() { }

    public static void write(List<ReplicationResult> replications, Path file) throws IOException {
        try (Writer out = CsvFiles.newFile(file)) {
            write(replications, out);
        }
    }

    /** Writes the series; replications must share one series layout (as the model guarantees). */
    public static void write(List<ReplicationResult> replications, Appendable out) throws IOException {
        CSVPrinter printer = CsvFiles.printer(out, HEADER);
        if (!replications.isEmpty()) {
            List<SeriesPoint> layout = replications.get(0).series();
            double[] values = new double[replications.size()];
            for (int i = 0; i < layout.size(); i++) {
                for (int r = 0; r < values.length; r++) {
                    values[r] = replications.get(r).series().get(i).value();
                }
                SeriesPoint point = layout.get(i);
                IntervalEstimate e = StudentTInterval.mean95(values);
                printer.printRecord(point.metric(), point.unit(), point.period(), Decimals.format(point.startDay()),
                        Decimals.format(e.mean()), Decimals.format(e.low()), Decimals.format(e.high()), e.n());
            }
        }
        printer.flush();
    }
}
