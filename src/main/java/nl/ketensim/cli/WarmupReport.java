package nl.ketensim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.ketensim.experiment.StudyPlan;
import nl.ketensim.experiment.StudyResults;
import nl.ketensim.experiment.WarmupAnalysis;
import nl.ketensim.output.Decimals;
import nl.ketensim.output.WarmupCsv;

/** {@code warmup}: {@code warmup.csv}; on the terminal the MSER-5 verdict per series metric. */
final class WarmupReport implements StudyReport {

    @Override
    public void writeFiles(StudyPlan plan, StudyResults results, Path folder) throws IOException {
        WarmupCsv.write(warmupDays(plan), WarmupAnalysis.of(plan, results), folder.resolve(WarmupCsv.FILE_NAME));
    }

    @Override
    public void print(StudyPlan plan, StudyResults results, PrintWriter out) {
        StudyReport.printHeader(plan, results, out);
        out.printf(Locale.ROOT, "MSER-5 truncation on four-week periods; warm-up %s days.%n",
                Decimals.format(warmupDays(plan)));
        String format = "%-34s %-22s %s%n";
        out.printf(Locale.ROOT, format, "series", "mean series: cut at", "replications within warm-up");
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, String> meanCut = new LinkedHashMap<>();
        List<WarmupAnalysis.Row> rows = WarmupAnalysis.of(plan, results);
        for (WarmupAnalysis.Row row : rows) {
            if (row.replication().equals(WarmupAnalysis.MEAN)) {
                meanCut.put(row.metric(), row.truncationPeriods() < 0 ? "undetermined"
                        : "day " + Decimals.format(row.truncationDay()) + (row.withinWarmup() ? " (ok)" : " (LATE)"));
                counts.put(row.metric(), new int[2]);
            } else if (row.truncationPeriods() >= 0) {
                int[] c = counts.get(row.metric());
                c[1]++;
                if (row.withinWarmup()) {
                    c[0]++;
                }
            }
        }
        meanCut.forEach((metric, cut) -> out.printf(Locale.ROOT, format, metric, cut,
                counts.get(metric)[0] + "/" + counts.get(metric)[1]));
        out.println();
        out.println("ok = MSER-5 keeps everything after the warm-up: the measured period looks stationary.");
    }

    private static double warmupDays(StudyPlan plan) {
        return Double.parseDouble(plan.setting(WarmupAnalysis.WARMUP_DAYS));
    }
}
