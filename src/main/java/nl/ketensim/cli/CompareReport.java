package nl.ketensim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import nl.ketensim.experiment.Comparison;
import nl.ketensim.experiment.PrecisionTarget;
import nl.ketensim.experiment.StudyPlan;
import nl.ketensim.experiment.StudyResults;
import nl.ketensim.output.ComparisonCsv;
import nl.ketensim.stats.PairedDifference;

/** {@code compare}: {@code comparison.csv}; on the terminal the key metrics of every scenario against the base. */
final class CompareReport implements StudyReport {

    @Override
    public void writeFiles(StudyPlan plan, StudyResults results, Path folder) throws IOException {
        ComparisonCsv.write(Comparison.of(plan, results), folder.resolve(ComparisonCsv.FILE_NAME));
    }

    @Override
    public void print(StudyPlan plan, StudyResults results, PrintWriter out) {
        StudyReport.printHeader(plan, results, out);
        String format = "%-24s %-34s %12s %12s %12s  %-26s %8s%n";
        out.printf(Locale.ROOT, format, "scenario", "metric (group all)", "base", "scenario", "difference",
                "95% CI (paired)", "var.red.");
        List<Comparison.Row> rows = Comparison.of(plan, results);
        for (Comparison.Row row : rows) {
            if (!PrecisionTarget.KEY_METRICS.contains(row.group() + "|" + row.metric())) {
                continue;
            }
            PairedDifference p = row.paired();
            out.printf(Locale.ROOT, format, row.scenario(), row.metric(), SummaryTable.number(p.baseMean()),
                    SummaryTable.number(p.otherMean()), SummaryTable.number(p.difference().mean()),
                    p.difference().hasInterval() ? SummaryTable.number(p.difference().low()) + " .. "
                            + SummaryTable.number(p.difference().high()) : "-",
                    Double.isNaN(p.varianceReduction()) ? "-"
                            : String.format(Locale.ROOT, "%.0f%%", 100 * p.varianceReduction()));
        }
        out.println();
        out.println("var.red. = variance reduction by pairing under common random numbers, "
                + "1 - var(diff) / (var(base) + var(scenario)).");
    }
}
