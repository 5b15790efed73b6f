package nl.ketensim.output;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import nl.ketensim.experiment.FactorialAnalysis;
import nl.ketensim.stats.IntervalEstimate;
import org.apache.commons.csv.CSVPrinter;

/**
 * {@code factorial_effects.csv}: main effects ({@code factor2} empty) and two-way interactions of
 * relieving knelpunten on missed basisvoorwaarden per year (persons/year; negative = fewer
 * misses), with Student-t 95% intervals over replications.
 */
public final class FactorialCsv {

    public static final String FILE_NAME = "factorial_effects.csv";

    static final String[] HEADER = {"effect", "factor1", "factor2", "basisvoorwaarde", "effect_mean",
        "ci95_low", "ci95_high", "replications"};

    private FactorialCsv() { }

    public static void write(List<FactorialAnalysis.Row> rows, Path file) throws IOException {
        try (Writer out = CsvFiles.newFile(file)) {
            CSVPrinter printer = CsvFiles.printer(out, HEADER);
            for (FactorialAnalysis.Row row : rows) {
                IntervalEstimate e = row.effect();
                printer.printRecord(row.factor2().isEmpty() ? "main" : "interaction", row.factor1(), row.factor2(),
                        row.basisvoorwaarde(), Decimals.format(e.mean()), Decimals.format(e.low()),
                        Decimals.format(e.high()), e.n());
            }
            printer.flush();
        }
    }
}
