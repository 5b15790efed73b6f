package nl.ketensim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import nl.ketensim.experiment.PrecisionTarget;
import nl.ketensim.experiment.StudyPlan;
import nl.ketensim.experiment.StudyResults;
import nl.ketensim.experiment.Sweep;
import nl.ketensim.output.SweepCsv;
import nl.ketensim.stats.IntervalEstimate;

/** {@code sweep}: {@code sweep.csv}; on the terminal the key metrics at every grid point. */
final class SweepReport implements StudyReport {

    @Override
    public void writeFiles(StudyPlan plan, StudyResults results, Path folder) throws IOException {
        SweepCsv.write(plan.setting(Sweep.PARAM1), plan.setting(Sweep.PARAM2), Sweep.of(plan, results),
                folder.resolve(SweepCsv.FILE_NAME));
    }

    @Override
    public void print(StudyPlan plan, StudyResults results, PrintWriter out) {
        StudyReport.printHeader(plan, results, out);
        String format = "%-40s %-34s %12s  %s%n";
        out.printf(Locale.ROOT, format, "point", "metric (group all)", "mean", "95% CI");
        for (Sweep.Row row : Sweep.of(plan, results)) {
            if (!PrecisionTarget.KEY_METRICS.contains(row.summary().key())) {
                continue;
            }
            String point = plan.setting(Sweep.PARAM1) + "=" + row.value1()
                    + (row.value2().isEmpty() ? "" : ", " + plan.setting(Sweep.PARAM2) + "=" + row.value2());
            IntervalEstimate e = row.summary().estimate();
            out.printf(Locale.ROOT, format, point, row.summary().metric(), SummaryTable.number(e.mean()),
                    e.hasInterval() ? SummaryTable.number(e.low()) + " .. " + SummaryTable.number(e.high()) : "-");
        }
    }
}
