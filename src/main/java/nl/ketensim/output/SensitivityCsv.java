package nl.ketensim.output;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import nl.ketensim.experiment.SensitivityAnalysis;
import nl.ketensim.stats.PairedDifference;

/**
 * {@code sensitivity.csv}: per screened parameter, direction and output the mean with the
 * reference value and with the moved value, and their paired difference with its paired-t 95%
 * interval. Direction {@code low} and {@code high} compare with the scenario ({@code base_value}
 * is the scenario's value); {@code range} compares the high with the low end ({@code base_value}
 * is the low value, {@code value} the high one).
 */
public final class SensitivityCsv {

    public static final String FILE_NAME = "sensitivity.csv";

    static final String[] HEADER = {"parameter", "direction", "base_value", "value", "clamped", "group", "metric",
        "unit", "base_mean", "variant_mean", "diff_mean", "diff_ci95_low", "diff_ci95_high", "replications"};

    private SensitivityCsv() { }

    public static void write(List<SensitivityAnalysis.Row> rows, Path file) throws IOException {
        try (Writer out = CsvFiles.newFile(file)) {
            var printer = CsvFiles.printer(out, HEADER);
            for (SensitivityAnalysis.Row row : rows) {
                PairedDifference p = row.paired();
                printer.printRecord(row.parameter(), row.direction(), row.baseValue(), row.value(), row.clamped(),
                        row.group(), row.metric(), row.unit(), Decimals.format(p.baseMean()),
                        Decimals.format(p.otherMean()), Decimals.format(p.difference().mean()),
                        Decimals.format(p.difference().low()), Decimals.format(p.difference().high()), p.n());
            }
            printer.flush();
        }
    }
}
