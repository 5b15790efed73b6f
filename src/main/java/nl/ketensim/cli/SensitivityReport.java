package nl.ketensim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.ketensim.experiment.RankingRobustness;
import nl.ketensim.experiment.SensitivityAnalysis;
import nl.ketensim.experiment.StudyPlan;
import nl.ketensim.experiment.StudyResults;
import nl.ketensim.output.Decimals;
import nl.ketensim.output.KnelpuntenCsv;
import nl.ketensim.output.KnelpuntenTable;
import nl.ketensim.output.SensitivityCsv;
import nl.ketensim.output.SensitivityRankingCsv;
import nl.ketensim.stats.ExperimentSummary;
import nl.ketensim.stats.IntervalEstimate;

/**
 * {@code sensitivity}: {@code sensitivity.csv} (effects on the outputs), {@code sensitivity_ranking.csv}
 * (the knelpunten ranking per variant) and {@code knelpunten.csv} (descriptive attribution of the
 * scenario itself).
 */
final class SensitivityReport implements StudyReport {

    /** Parameters listed on the terminal, largest effect first. */
    static final int TERMINAL_ROWS = 20;

    @Override
    public void writeFiles(StudyPlan plan, StudyResults results, Path folder) throws IOException {
        SensitivityCsv.write(SensitivityAnalysis.of(plan, results), folder.resolve(SensitivityCsv.FILE_NAME));
        SensitivityRankingCsv.write(RankingRobustness.of(plan, results),
                folder.resolve(SensitivityRankingCsv.FILE_NAME));
        KnelpuntenCsv.write(KnelpuntenTable.from(ExperimentSummary.of(results.variant(0))),
                folder.resolve(KnelpuntenCsv.FILE_NAME));
    }

    @Override
    public void print(StudyPlan plan, StudyResults results, PrintWriter out) {
        StudyReport.printHeader(plan, results, out);
        Map<String, SensitivityAnalysis.Row> largest = new LinkedHashMap<>();
        for (SensitivityAnalysis.Row row : SensitivityAnalysis.of(plan, results)) {
            if (row.direction().equals(SensitivityAnalysis.RANGE)) {
                largest.merge(row.parameter(), row, (a, b) -> abs(b) > abs(a) ? b : a);
            }
        }
        Map<String, String> holds = new LinkedHashMap<>();
        List<RankingRobustness.Row> ranking = RankingRobustness.of(plan, results);
        for (RankingRobustness.Row row : ranking.subList(1, ranking.size())) {
            holds.merge(row.parameter(), row.holds() ? "holds" : "flips " + row.direction(),
                    (a, b) -> a.equals("holds") ? b : b.equals("holds") ? a : "flips low+high");
        }
        out.printf(Locale.ROOT, "Effect of each parameter from its low to its high end (+/-%s%%), group %s, paired "
                        + "95%% CI; largest of the outputs (%s):%n",
                Decimals.format(100 * Double.parseDouble(plan.setting(SensitivityAnalysis.DELTA))),
                plan.setting(SensitivityAnalysis.GROUP), plan.setting(SensitivityAnalysis.METRICS));
        String format = "%-44s %-20s %-34s %10s  %-22s %s%n";
        out.printf(Locale.ROOT, format, "parameter", "low .. high", "output", "effect", "95% CI", "ranking");
        List<SensitivityAnalysis.Row> sorted = new ArrayList<>(largest.values());
        sorted.sort(Comparator.comparingDouble(SensitivityReport::abs).reversed());
        for (SensitivityAnalysis.Row row : sorted.subList(0, Math.min(TERMINAL_ROWS, sorted.size()))) {
            IntervalEstimate d = row.paired().difference();
            out.printf(Locale.ROOT, format, row.parameter() + (row.clamped() ? " *" : ""),
                    row.baseValue() + " .. " + row.value(), row.metric(), SummaryTable.number(d.mean()),
                    d.hasInterval() ? SummaryTable.number(d.low()) + " .. " + SummaryTable.number(d.high()) : "-",
                    holds.getOrDefault(row.parameter(), ""));
        }
        if (sorted.size() > TERMINAL_ROWS) {
            out.printf(Locale.ROOT, "... %d more parameters in sensitivity.csv%n", sorted.size() - TERMINAL_ROWS);
        }
        out.println("* clamped to its allowed range");
        out.println();
        List<String> robust = new ArrayList<>();
        List<String> flips = new ArrayList<>();
        RankingRobustness.flipsByKnelpunt(ranking).forEach((k, under) -> {
            if (under.isEmpty()) {
                robust.add(k);
            } else {
                flips.add(k + " (" + String.join(", ", under) + ")");
            }
        });
        out.println("Ranking of knelpunten by " + plan.setting(RankingRobustness.RANKING) + " (base: "
                + String.join(" > ", ranking.get(0).ranking().stream().map(Map.Entry::getKey).toList()) + "):");
        out.println("  robust: " + (robust.isEmpty() ? "none" : String.join(", ", robust)));
        out.println("  flips:  " + (flips.isEmpty() ? "none" : String.join("; ", flips)));
        String skipped = plan.setting(SensitivityAnalysis.SKIPPED);
        if (!skipped.isEmpty()) {
            out.println();
            String[] lines = skipped.split("\n");
            out.println("Not screened (" + lines.length + "):");
            for (int i = 0; i < Math.min(lines.length, TERMINAL_ROWS); i++) {
                out.println("  " + lines[i]);
            }
            if (lines.length > TERMINAL_ROWS) {
                out.printf(Locale.ROOT, "  ... %d more in manifest.json (settings, skipped)%n",
                        lines.length - TERMINAL_ROWS);
            }
        }
    }

    private static double abs(SensitivityAnalysis.Row row) {
        double d = Math.abs(row.paired().difference().mean());
        return Double.isNaN(d) ? -1 : d;
    }
}
