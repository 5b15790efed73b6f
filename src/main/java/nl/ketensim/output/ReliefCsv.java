package nl.ketensim.output;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import nl.ketensim.experiment.ReliefAnalysis;
import nl.ketensim.stats.PairedDifference;
import org.apache.commons.csv.CSVPrinter;

/**
 * {@code knelpunten_relief.csv}: per relieved knelpunt (or {@code alle}) and basisvoorwaarde
 * (or {@code all}) the missed basisvoorwaarden per year in the base and with the relief, and the
 * misses prevented (base - relieved, persons/year) with a paired-t 95% interval. Trailing
 * columns: pairs used, {@code var_reduction} of the pairing, the descriptive attribution of
 * the base run to this knelpunt (mean and 95% interval; empty for {@code alle}), and the achieved
 * half-width of the prevented interval as a percentage of |prevented_mean|.
 */
public final class ReliefCsv {

    public static final String FILE_NAME = "knelpunten_relief.csv";

    static final String[] HEADER = {"knelpunt", "basisvoorwaarde", "missed_per_year_base",
        "missed_per_year_relieved", "prevented_mean", "prevented_ci95_low", "prevented_ci95_high",
        "replications", "var_reduction", "descriptive_missed_per_year", "descriptive_ci95_low",
        "descriptive_ci95_high", "prevented_halfwidth_pct"};

    private ReliefCsv() { }

    /** 100 × half-width / |mean| of the misses prevented; NaN without an interval or with mean 0. */
    static double halfWidthPercent(PairedDifference p) {
        if (!p.difference().hasInterval() || p.difference().mean() == 0) {
            return Double.NaN;
        }
        return 100 * p.difference().halfWidth() / Math.abs(p.difference().mean());
    }

    public static void write(List<ReliefAnalysis.Row> rows, Path file) throws IOException {
        try (Writer out = CsvFiles.newFile(file)) {
            CSVPrinter printer = CsvFiles.printer(out, HEADER);
            for (ReliefAnalysis.Row row : rows) {
                PairedDifference p = row.prevented();
                printer.printRecord(row.knelpunt(), row.basisvoorwaarde(), Decimals.format(p.otherMean()),
                        Decimals.format(p.baseMean()), Decimals.format(p.difference().mean()),
                        Decimals.format(p.difference().low()), Decimals.format(p.difference().high()), p.n(),
                        Decimals.format(p.varianceReduction()), Decimals.format(row.descriptive().mean()),
                        Decimals.format(row.descriptive().low()), Decimals.format(row.descriptive().high()),
                        Decimals.format(halfWidthPercent(p)));
            }
            printer.flush();
        }
    }
}
