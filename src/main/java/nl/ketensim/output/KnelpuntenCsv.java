package nl.ketensim.output;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;

/**
 * {@code knelpunten.csv}: per basisvoorwaarde and knelpunt the missed needs per year
 * (persons/year, mean and 95% interval), the knelpunt's share of that basisvoorwaarde's misses, and
 * the days those missed needs lost to the knelpunt between admission and release (days/year, mean
 * and 95% interval).
 * See {@link KnelpuntenTable} for how rows are derived.
 */
public final class KnelpuntenCsv {

    public static final String FILE_NAME = "knelpunten.csv";

    static final String[] HEADER = {"basisvoorwaarde", "knelpunt", "missed_per_year_mean",
        "ci95_low", "ci95_high", "share", "days_lost_per_year_mean", "days_lost_ci95_low", "days_lost_ci95_high"};

    private KnelpuntenCsv() { }

    public static void write(List<KnelpuntRow> rows, Path file) throws IOException {
        try (Writer out = CsvFiles.newFile(file)) {
            write(rows, out);
        }
    }

    public static void write(List<KnelpuntRow> rows, Appendable out) throws IOException {
        CSVPrinter printer = CsvFiles.printer(out, HEADER);
        for (KnelpuntRow row : rows) {
            printer.printRecord(row.basisvoorwaarde(), row.knelpunt(),
                    Decimals.format(row.missedPerYear().mean()), Decimals.format(row.missedPerYear().low()),
                    Decimals.format(row.missedPerYear().high()), Decimals.format(row.share()),
                    Decimals.format(row.daysLostPerYear().mean()), Decimals.format(row.daysLostPerYear().low()),
                    Decimals.format(row.daysLostPerYear().high()));
        }
        printer.flush();
    }
}
