package nl.ketensim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import nl.ketensim.experiment.ExperimentResult;
import nl.ketensim.experiment.StudyPlan;
import nl.ketensim.experiment.StudyResults;
import nl.ketensim.output.Decimals;
import nl.ketensim.output.ManifestJson;
import nl.ketensim.output.ResultsFolder;
import nl.ketensim.output.RunManifest;
import nl.ketensim.output.StudyManifest;
import nl.ketensim.output.ValidationCsv;
import nl.ketensim.stats.ExperimentSummary;

/** {@code run}: summary, knelpunten, replications and series of one scenario; the run manifest. */
final class RunReport implements StudyReport {

    @Override
    public void writeFiles(StudyPlan plan, StudyResults results, Path folder) throws IOException {
        ExperimentResult result = experiment(results);
        ExperimentSummary summary = ExperimentSummary.of(result.replications());
        ResultsFolder.writeFiles(folder, result, summary);
        var validation = RunValidation.table(plan, summary);
        if (validation.isPresent()) {
            ValidationCsv.write(validation.get(), folder.resolve(ValidationCsv.FILE_NAME));
        }
    }

    @Override
    public void writeManifest(StudyManifest manifest, StudyResults results, Path folder) throws IOException {
        StudyPlan plan = manifest.plan();
        StudyPlan.Variant scenario = plan.variants().get(0);
        ManifestJson.write(new RunManifest(scenario.name(), scenario.scenarioFile(), scenario.scenarioSha256(),
                scenario.resolvedSha256(), scenario.overrides(), plan.seed(), plan.replications(), plan.years(),
                manifest.threads(), manifest.version(), manifest.git(), manifest.javaVersion(), manifest.startTime(), manifest.wallSeconds(),
                manifest.eventsProcessed()), folder.resolve(ManifestJson.FILE_NAME));
    }

    @Override
    public void print(StudyPlan plan, StudyResults results, PrintWriter out) {
        out.printf(Locale.ROOT, "Scenario %s: %d replications of %s measured years, seed %d, %d threads, %.1f s%n%n",
                plan.variants().get(0).name(), results.replications(), Decimals.format(plan.years()), plan.seed(),
                results.threads(), results.wallSeconds());
        ExperimentSummary summary = ExperimentSummary.of(results.variant(0));
        SummaryTable.print(summary, out);
        RunValidation.print(plan, summary, out);
    }

    private static ExperimentResult experiment(StudyResults results) {
        return new ExperimentResult(results.variant(0), results.threads(), results.wallSeconds());
    }
}
