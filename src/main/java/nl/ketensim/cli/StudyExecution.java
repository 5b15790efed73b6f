package nl.ketensim.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.ketensim.domain.Language;
import nl.ketensim.experiment.PrecisionRun;
import nl.ketensim.experiment.PrecisionTarget;
import nl.ketensim.experiment.ReliefAnalysis;
import nl.ketensim.experiment.ReliefPrecision;
import nl.ketensim.experiment.ShardSpec;
import nl.ketensim.experiment.StudyPlan;
import nl.ketensim.experiment.StudyResults;
import nl.ketensim.experiment.StudyRunner;
import nl.ketensim.output.AtomicFolder;
import nl.ketensim.output.BuildInfo;
import nl.ketensim.output.Decimals;
import nl.ketensim.output.ScenarioParametersCsv;
import nl.ketensim.output.ShardFolder;
import nl.ketensim.output.StudyManifest;
import picocli.CommandLine;

/**
 * Runs a {@link Study} the way the options say (all replications, one shard, or until the
 * precision target) and writes its folder: the command's files, {@code scenario_parameters.csv}
 * and the manifest for a whole run, then its charts and report; a shard folder for
 * {@code --shard i/n} with n &gt; 1, which carries {@code scenario_parameters.csv} for
 * {@code merge}.
 */
final class StudyExecution {

    private static final DateTimeFormatter FOLDER_STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT);

    private StudyExecution() { }

    /**
     * @param reports  draws the charts and report of a complete whole-study folder
     * @param language their language
     * @param design   the command's own sequential design under {@code --precision}, else empty
     * @return the exit code
     */
    static int execute(CommandLine commandLine, ExperimentOptions options, Path out, Study study,
                       OffsetDateTime start, ReportStep reports, Language language,
                       Optional<ReliefPrecision> design) throws Exception {
        ShardSpec shard = options.shard();
        Path folder = out != null ? out : defaultFolder(study.folderName()
                + (shard.isAll() ? "" : "-shard" + shard.index() + "of" + shard.count()), start);
        if (Files.exists(folder)) {
            throw new BadInputException(ExecutionErrors.folderExists(folder));
        }
        List<Integer> replications = shard.replications(options.replications());
        if (replications.isEmpty()) {
            throw new BadInputException("shard " + shard + " has no replications: with --replications "
                    + options.replications() + " use at most " + options.replications() + " shards");
        }
        StudyReport report = StudyReport.forCommand(study.plan().command());
        LeftoverNote.print(folder, commandLine.getErr());
        InterruptNotice notice = InterruptNotice.watch(folder, commandLine.getErr());
        try {
            int planned = options.usesPrecision() ? options.maxReplications() : replications.size();
            RunTimeNotice.line(study.secondsPerReplication(), planned, study.plan().variants().size(),
                    options.threads(), options.usesPrecision()).ifPresent(line -> {
                commandLine.getErr().println(line);
                commandLine.getErr().flush();
            });
            return runAndWrite(commandLine, options, folder, study, start, reports, language, replications, report,
                    design);
        } finally {
            notice.close();
        }
    }

    /**
     * The options that set the replication counts under {@code --precision}, as they would be
     * given again to repeat the run; empty without {@code --precision}.
     */
    static String precisionOptions(ExperimentOptions options, Optional<ReliefPrecision> design) {
        if (!options.usesPrecision()) {
            return "";
        }
        if (design.isPresent()) {
            ReliefPrecision d = design.get();
            return "--precision " + Decimals.format(d.relative()) + " --min-effect " + Decimals.format(d.minEffect())
                    + " --replications " + d.start() + " --max-replications " + d.max();
        }
        return "--precision " + Decimals.format(options.precision()) + " --replications "
                + options.startReplications(ExperimentOptions.DEFAULT_REPLICATIONS) + " --max-replications "
                + options.maxReplications();
    }

    private static int runAndWrite(CommandLine commandLine, ExperimentOptions options, Path folder, Study study,
                                   OffsetDateTime start, ReportStep reports, Language language,
                                   List<Integer> replications, StudyReport report,
                                   Optional<ReliefPrecision> design) throws Exception {
        PrintWriter stdout = commandLine.getOut();
        ShardSpec shard = options.shard();
        ProgressLine progress = new ProgressLine(commandLine.getErr());
        StudyRunner runner = new StudyRunner(options.threads(), progress);
        StudyResults results;
        PrecisionTarget.Check check = null;
        ReliefPrecision.Outcome sequential = null;
        try {
            if (design.isPresent()) {
                sequential = design.get().run(runner, study.functions(), ReliefAnalysis.variantByMask(study.plan())[0]);
                results = sequential.results();
            } else if (options.usesPrecision()) {
                PrecisionRun.Outcome outcome = PrecisionRun.run(runner, study.functions(),
                        options.startReplications(ExperimentOptions.DEFAULT_REPLICATIONS),
                        options.maxReplications(), new PrecisionTarget(options.precision()));
                results = outcome.results();
                check = outcome.check();
            } else {
                results = runner.run(study.functions(), replications);
            }
        } finally {
            progress.finish();
        }
        StudyPlan plan = study.plan().withReplications(options.usesPrecision() ? results.replications()
                : options.replications());
        boolean met = check != null ? check.met() : sequential != null && sequential.met();
        StudyManifest manifest = new StudyManifest(plan, shard.toString(), options.precision(),
                met, precisionOptions(options, design), results.threads(), BuildInfo.version(), BuildInfo.gitRevision(),
                BuildInfo.javaVersion(), start,
                results.wallSeconds(), results.totalEvents());

        if (!shard.isAll()) {
            ShardFolder.write(folder, plan, results, manifest, inputs(study));
            stdout.printf(Locale.ROOT, "%s shard %s: replications %s of %d, %d scenario%s, %.1f s%n", plan.command(),
                    shard, compact(replications), plan.replications(), plan.variants().size(),
                    plan.variants().size() == 1 ? "" : "s", results.wallSeconds());
            stdout.println("Shard written to " + folder + " (combine all shards with 'ketensim merge')");
            stdout.flush();
            return ExitCodes.OK;
        }
        StudyResults finalResults = results;
        List<Optional<Exception>> drawing = new ArrayList<>();
        AtomicFolder.create(folder, dir -> {
            report.writeFiles(plan, finalResults, dir);
            inputs(study).writeInto(dir);
            report.writeManifest(manifest, finalResults, dir);
            if (report.drawsReport()) {
                drawing.add(ReportAfterResults.drawInto(reports, dir, language));
            }
        });
        report.print(plan, results, stdout);
        if (check != null) {
            stdout.println();
            stdout.println(precisionLine(options, results.replications(), check));
        }
        if (sequential != null) {
            stdout.println();
            ReliefPrecisionText.print(plan, sequential, design.get(), stdout);
        }
        stdout.println();
        stdout.println("Results written to " + folder);
        stdout.flush();
        if (drawing.isEmpty()) {
            return ExitCodes.OK;
        }
        return ReportAfterResults.tell(drawing.get(0), folder, stdout, commandLine.getErr());
    }

    /**
     * The files that describe the study's input rather than its results: written into the results
     * folder, and carried by every shard so that {@code merge} writes them unchanged.
     */
    private static AtomicFolder.Contents inputs(Study study) {
        return dir -> ScenarioParametersCsv.write(study.parameters(), dir.resolve(ScenarioParametersCsv.FILE_NAME));
    }

    /** The line that reports what {@code --precision} needed. */
    static String precisionLine(ExperimentOptions options, int replications, PrecisionTarget.Check check) {
        String target = String.format(Locale.ROOT, "%.3g%%", 100 * options.precision());
        if (check.met()) {
            return String.format(Locale.ROOT, "Precision: every key metric within %s of its mean after %d "
                    + "replications.", target, replications);
        }
        return String.format(Locale.ROOT, "Precision NOT reached: after %d replications (the maximum) %s is at "
                + "%.2f times the target %s; raise --max-replications.", replications, check.worstKey(),
                check.ratio(), target);
    }

    /** {@code results/<name>-<yyyyMMdd-HHmmss>}, relative to the working directory. */
    static Path defaultFolder(String name, OffsetDateTime start) {
        String safeName = name.replaceAll("[^A-Za-z0-9._-]", "_");
        return Path.of("results", safeName + "-" + FOLDER_STAMP.format(start));
    }

    private static String compact(List<Integer> replications) {
        if (replications.size() <= 6) {
            return replications.toString();
        }
        return replications.subList(0, 3) + "... (" + replications.size() + ")";
    }
}
