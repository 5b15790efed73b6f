package nl.ketensim.output;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import nl.ketensim.experiment.Comparison;
import nl.ketensim.stats.PairedDifference;
import org.apache.commons.csv.CSVPrinter;

/**
 * {@code comparison.csv}: per scenario and (group, metric) the base and scenario means, the
 * paired difference (scenario - base) with its paired-t 95% interval, the pairs used, then
 * {@code var_reduction} (1 - var(diff) / (var(base) + var(scenario)): what pairing under common
 * random numbers gained over independent runs) and the metric's unit.
 */
public final class ComparisonCsv {

    public static final String FILE_NAME = "comparison.csv";

    static final String[] HEADER = {"scenario", "group", "metric", "base_mean", "scenario_mean", "diff_mean",
        "diff_ci95_low", "diff_ci95_high", "replications", "var_reduction", "unit"};

    private ComparisonCsv() { }

    public static void write(List<Comparison.Row> rows, Path file) throws IOException {
        try (Writer out = CsvFiles.newFile(file)) {
            CSVPrinter printer = CsvFiles.printer(out, HEADER);
            for (Comparison.Row row : rows) {
                PairedDifference p = row.paired();
                printer.printRecord(row.scenario(), row.group(), row.metric(), Decimals.format(p.baseMean()),
                        Decimals.format(p.otherMean()), Decimals.format(p.difference().mean()),
                        Decimals.format(p.difference().low()), Decimals.format(p.difference().high()), p.n(),
                        Decimals.format(p.varianceReduction()), row.unit());
            }
            printer.flush();
        }
    }
}
