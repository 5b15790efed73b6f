package nl.ketensim.cli;

import static nl.ketensim.results.MetricFamily.INTAKE_WITHIN_NORM_SHARE;
import static nl.ketensim.results.MetricFamily.MEAN_POPULATION;
import static nl.ketensim.results.MetricFamily.PLAN_WITHIN_NORM_SHARE;
import static nl.ketensim.results.MetricFamily.RELEASES_PER_YEAR;
import static nl.ketensim.results.MetricFamily.STAY_DAYS_MEAN;
import static nl.ketensim.results.MetricFamily.WITHOUT_AT_RELEASE;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.ketensim.domain.Basisvoorwaarde;
import nl.ketensim.results.Group;
import nl.ketensim.results.MetricFamily;
import nl.ketensim.stats.ExperimentSummary;
import nl.ketensim.stats.IntervalEstimate;
import nl.ketensim.stats.MetricSummary;

/**
 * The short terminal table printed after a run: the key metrics of groups {@code all} and
 * {@code stay_gt_14d}, mean and 95% interval. Metrics the model did not measure are left out.
 */
final class SummaryTable {

    static final List<String> GROUPS = List.of(Group.ALL.key(), Group.STAY_GT_14D.key());

    private SummaryTable() { }

    /** Key metric names in display order. */
    static List<String> keyMetrics() {
        List<String> names = new ArrayList<>();
        for (MetricFamily f : List.of(RELEASES_PER_YEAR, MEAN_POPULATION, STAY_DAYS_MEAN, INTAKE_WITHIN_NORM_SHARE,
                PLAN_WITHIN_NORM_SHARE)) {
            names.add(f.key());
        }
        for (Basisvoorwaarde b : Basisvoorwaarde.values()) {
            names.add(WITHOUT_AT_RELEASE.key(b));
        }
        return names;
    }

    static void print(ExperimentSummary summary, PrintWriter out) {
        String format = "%-12s %-36s %-13s %12s  %s%n";
        List<MetricSummary> rows = new ArrayList<>();
        for (String group : GROUPS) {
            for (String metric : keyMetrics()) {
                summary.find(group, metric).ifPresent(rows::add);
            }
        }
        if (rows.isEmpty()) {
            out.println("(none of the key metrics was measured; see summary.csv)");
            return;
        }
        out.printf(Locale.ROOT, format, "group", "metric", "unit", "mean", "95% CI");
        for (MetricSummary s : rows) {
            IntervalEstimate e = s.estimate();
            out.printf(Locale.ROOT, format, s.group(), s.metric(), s.unit(), number(e.mean()), interval(e));
        }
    }

    private static String interval(IntervalEstimate e) {
        return Optional.of(e).filter(IntervalEstimate::hasInterval)
                .map(x -> number(x.low()) + " .. " + number(x.high()))
                .orElse("-");
    }

    /** Readable, locale-independent: whole numbers from 100, two decimals from 1, else three. */
    static String number(double value) {
        if (Double.isNaN(value)) {
            return "-";
        }
        double abs = Math.abs(value);
        String pattern = abs >= 100 ? "%.0f" : abs >= 1 ? "%.2f" : "%.3f";
        return String.format(Locale.ROOT, pattern, value);
    }
}
