package nl.ketensim.cli;

import java.io.PrintWriter;
import java.util.Locale;
import nl.ketensim.experiment.ReliefPrecision;
import nl.ketensim.experiment.StudyPlan;

/**
 * The terminal lines of {@code knelpunten --precision}: per relief the replications it got, the
 * misses it prevents, the achieved half-width and why it stopped; then the runs in total.
 */
final class ReliefPrecisionText {

    private ReliefPrecisionText() { }

    static void print(StudyPlan plan, ReliefPrecision.Outcome outcome, ReliefPrecision rule, PrintWriter out) {
        String target = percent(rule.relative());
        out.printf(Locale.ROOT, "Precision per relief (target: paired 95%% half-width of the misses prevented per year "
                + "within %s for reliefs preventing at least %s of the base's misses):%n", target,
                percent(rule.minEffect()));
        String format = "%-24s %5s %12s %9s  %s%n";
        out.printf(Locale.ROOT, format, "relieved", "n", "prevented", "+/-", "");
        for (ReliefPrecision.Status s : outcome.statuses()) {
            String verdict = !s.matters() ? "below " + percent(rule.minEffect()) + " of the base: not refined"
                    : s.met() ? "met" : "NOT met at --max-replications";
            out.printf(Locale.ROOT, format, plan.variants().get(s.variant()).name(), s.n(),
                    SummaryTable.number(s.prevented()), percent(s.relativeHalfWidth()), verdict);
        }
        int variants = plan.variants().size();
        out.printf(Locale.ROOT, "%d runs in all (base: %d replications); a fixed count of %d for every scenario "
                + "would have taken %d.%n", outcome.results().runs(), outcome.results().replications(),
                outcome.results().replications(), variants * outcome.results().replications());
        if (!outcome.met()) {
            out.println("Precision NOT reached for every relief that matters: raise --max-replications.");
        }
    }

    private static String percent(double fraction) {
        return Double.isFinite(fraction) ? String.format(Locale.ROOT, "%.2f%%", 100 * fraction) : "-";
    }
}
