package nl.ketensim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.ketensim.domain.Knelpunt;
import nl.ketensim.experiment.Comparison;
import nl.ketensim.experiment.FactorialAnalysis;
import nl.ketensim.experiment.MissedResponses;
import nl.ketensim.experiment.Relief;
import nl.ketensim.experiment.ReliefAnalysis;
import nl.ketensim.experiment.StudyPlan;
import nl.ketensim.experiment.StudyResults;
import nl.ketensim.output.ComparisonCsv;
import nl.ketensim.output.FactorialCsv;
import nl.ketensim.output.KnelpuntenCsv;
import nl.ketensim.output.KnelpuntenTable;
import nl.ketensim.output.ReliefCsv;
import nl.ketensim.output.ReliefsCsv;
import nl.ketensim.output.SensitivityRankingCsv;
import nl.ketensim.report.ResultsReader;
import nl.ketensim.stats.ExperimentSummary;
import nl.ketensim.stats.IntervalEstimate;
import nl.ketensim.stats.PairedDifference;

/**
 * {@code knelpunten}: {@code knelpunten_relief.csv} (counterfactual), {@code knelpunten.csv}
 * (descriptive attribution of the base run), {@code reliefs.csv} (the reliefs applied) and,
 * with {@code --factorial}, {@code factorial_effects.csv}; {@code comparison.csv} gives every relief's
 * paired difference with the base on every metric (outcomes after release and indicative recidive
 * included).
 */
final class KnelpuntenReport implements StudyReport {

    /**
     * Plan setting: the sensitivity study given with {@code --sensitivity}; its
     * {@code sensitivity_ranking.csv} is copied into the folder, with the path to it (relative to
     * the folder) in {@code sensitivity_source.txt}, so the report can show and link it.
     */
    static final String SENSITIVITY = "sensitivity";

    @Override
    public void writeFiles(StudyPlan plan, StudyResults results, Path folder) throws IOException {
        ReliefCsv.write(ReliefAnalysis.of(plan, results), folder.resolve(ReliefCsv.FILE_NAME));
        int base = ReliefAnalysis.variantByMask(plan)[0];
        KnelpuntenCsv.write(KnelpuntenTable.from(ExperimentSummary.of(results.variant(base))),
                folder.resolve(KnelpuntenCsv.FILE_NAME));
        List<Relief> reliefs = new ArrayList<>();
        for (Knelpunt k : ReliefAnalysis.knelpunten(plan)) {
            reliefs.add(Relief.of(k));
        }
        ReliefsCsv.write(reliefs, folder.resolve(ReliefsCsv.FILE_NAME));
        ComparisonCsv.write(Comparison.of(plan, results), folder.resolve(ComparisonCsv.FILE_NAME)); // base is variant 0
        if (Boolean.parseBoolean(plan.setting(ReliefAnalysis.FACTORIAL))) {
            FactorialCsv.write(FactorialAnalysis.of(plan, results), folder.resolve(FactorialCsv.FILE_NAME));
        }
        String sensitivity = plan.setting(SENSITIVITY);
        if (!sensitivity.isEmpty()) {
            Path source = Path.of(sensitivity).toAbsolutePath().normalize();
            Files.copy(source.resolve(SensitivityRankingCsv.FILE_NAME), folder.resolve(SensitivityRankingCsv.FILE_NAME));
            Path relative = folder.toAbsolutePath().normalize().getParent() == null ? source
                    : folder.toAbsolutePath().normalize().relativize(source);
            Files.writeString(folder.resolve(ResultsReader.SENSITIVITY_SOURCE),
                    relative.toString().replace('\\', '/') + "\n", StandardCharsets.UTF_8);
        }
    }

    @Override
    public void print(StudyPlan plan, StudyResults results, PrintWriter out) {
        StudyReport.printHeader(plan, results, out);
        out.println("Missed basisvoorwaarden per year, all basisvoorwaarden together (persons/year):");
        String format = "%-24s %12s %12s %12s  %-24s %12s%n";
        out.printf(Locale.ROOT, format, "relieved", "base", "relieved", "prevented", "95% CI (paired)",
                "descriptive");
        for (ReliefAnalysis.Row row : ReliefAnalysis.of(plan, results)) {
            if (!row.basisvoorwaarde().equals(MissedResponses.ALL)) {
                continue;
            }
            PairedDifference p = row.prevented();
            out.printf(Locale.ROOT, format, row.knelpunt(), SummaryTable.number(p.otherMean()),
                    SummaryTable.number(p.baseMean()), SummaryTable.number(p.difference().mean()),
                    interval(p.difference()), SummaryTable.number(row.descriptive().mean()));
        }
        out.println();
        out.println("prevented = base - relieved, paired per replication (common random numbers); "
                + "descriptive = the base run's misses attributed to that knelpunt.");
        if (Boolean.parseBoolean(plan.setting(ReliefAnalysis.FACTORIAL))) {
            out.println();
            out.println("Factorial effects on all missed basisvoorwaarden per year (negative = fewer misses):");
            for (FactorialAnalysis.Row row : FactorialAnalysis.of(plan, results)) {
                if (row.basisvoorwaarde().equals(MissedResponses.ALL)) {
                    String name = row.factor2().isEmpty() ? row.factor1() : row.factor1() + " x " + row.factor2();
                    out.printf(Locale.ROOT, "%-50s %12s  %s%n", name, SummaryTable.number(row.effect().mean()),
                            interval(row.effect()));
                }
            }
        }
    }

    private static String interval(IntervalEstimate e) {
        return e.hasInterval() ? SummaryTable.number(e.low()) + " .. " + SummaryTable.number(e.high()) : "-";
    }
}
