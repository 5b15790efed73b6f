package nl.ketensim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
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
    public boolean drawsReport() {
        return false;
    }

    @Override
    public void print(StudyPlan plan, StudyResults results, PrintWriter out) {
        StudyReport.printHeader(plan, results, out);
        out.printf(Locale.ROOT, "Truncation point of the mean series (first day kept), warm-up %s days;%n"
                + "in brackets the replications whose own series is cut within the warm-up.%n",
                Decimals.format(warmupDays(plan)));
        String format = "%-34s %-26s %s%n";
        out.printf(Locale.ROOT, format, "series", "MSER-5 (140-day batches)", "MSER on 28-day periods");
        Map<String, WarmupAnalysis.Row> means = new LinkedHashMap<>();
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (WarmupAnalysis.Row row : WarmupAnalysis.of(plan, results)) {
            if (row.replication().equals(WarmupAnalysis.MEAN)) {
                means.put(row.metric(), row);
                counts.put(row.metric(), new int[3]);
            } else {
                int[] c = counts.get(row.metric());
                c[0] += row.mser5().withinWarmup() ? 1 : 0;
                c[1] += row.mser1().withinWarmup() ? 1 : 0;
                c[2]++;
            }
        }
        means.forEach((metric, row) -> {
            int[] c = counts.get(metric);
            out.printf(Locale.ROOT, format, metric, verdict(row.mser5(), c[0], c[2]), verdict(row.mser1(), c[1], c[2]));
        });
        out.println();
        out.println("ok = everything after the warm-up is kept: the measured period looks stationary.");
    }

    private static String verdict(WarmupAnalysis.Cut cut, int within, int replications) {
        if (!cut.known()) {
            return "undetermined";
        }
        return "day " + Decimals.format(cut.day()) + (cut.withinWarmup() ? " ok" : " LATE")
                + (cut.reliable() ? "" : "?") + " (" + within + "/" + replications + ")";
    }

    private static double warmupDays(StudyPlan plan) {
        return Double.parseDouble(plan.setting(WarmupAnalysis.WARMUP_DAYS));
    }
}
