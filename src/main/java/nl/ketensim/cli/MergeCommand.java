package nl.ketensim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import nl.ketensim.experiment.StudyPlan;
import nl.ketensim.experiment.StudyResults;
import nl.ketensim.output.AtomicFolder;
import nl.ketensim.output.BuildInfo;
import nl.ketensim.output.ShardFolder;
import nl.ketensim.output.StudyManifest;
import nl.ketensim.results.ReplicationResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ketensim merge DIR...}: combines the shard folders of one study into the folder an
 * unsharded run of the same command and seed writes; every file but {@code manifest.json} is
 * byte-identical to that run's (the files about the study's input, such as
 * {@code scenario_parameters.csv}, are taken over from the shards, which must agree on them).
 * Then, as after the unsharded command, it draws the charts and writes {@code report.html}.
 */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = "Combine the shard folders of one study (--shard i/n) into its results folder.")
final class MergeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0..*", arity = "1..*", paramLabel = "DIR", description = "Shard folders, in any order.")
    private List<Path> folders = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR",
            description = "Results folder; must not exist (default: results/<command>-merged-<yyyyMMdd-HHmmss>).")
    private Path out;

    @Mixin
    private LanguageOption lang;

    /** Seams for tests. */
    Clock clock = Clock.systemDefaultZone();
    ReportStep reports = ReportStep.CHARTS_AND_REPORT;

    @Override
    public Integer call() throws Exception {
        OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
        List<ShardFolder.Contents> shards = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Path folder : folders) {
            try {
                shards.add(ShardFolder.read(folder));
            } catch (IOException e) {
                problems.add(e.getMessage());
            }
        }
        failOn(problems);
        sameCode(shards, problems);
        failOn(problems);
        StudyPlan plan = shards.get(0).plan();
        for (int i = 1; i < shards.size(); i++) {
            if (!shards.get(i).plan().equals(plan)) {
                problems.add(folders.get(i) + ": a shard of a different study than " + folders.get(0)
                        + " (plan.json differs)");
            }
        }
        failOn(problems);
        Map<String, byte[]> inputs = shards.get(0).inputs();
        for (int i = 1; i < shards.size(); i++) {
            if (!sameFiles(inputs, shards.get(i).inputs())) {
                problems.add(folders.get(i) + ": its inputs/ differ from those of " + folders.get(0)
                        + " (a scenario file changed between the shards?)");
            }
        }
        failOn(problems);
        StudyResults results = combine(plan, shards, problems);
        failOn(problems);

        Path folder = out != null ? out : StudyExecution.defaultFolder(plan.command() + "-merged", now);
        if (Files.exists(folder)) {
            throw new BadInputException(ExecutionErrors.folderExists(folder));
        }
        LeftoverNote.print(folder, spec.commandLine().getErr());
        InterruptNotice notice = InterruptNotice.watch(folder, spec.commandLine().getErr());
        try {
            return write(folder, plan, shards, results, inputs);
        } finally {
            notice.close();
        }
    }

    private int write(Path folder, StudyPlan plan, List<ShardFolder.Contents> shards, StudyResults results,
                      Map<String, byte[]> inputs) throws IOException {
        StudyManifest manifest = manifest(plan, shards, results);
        StudyReport report = StudyReport.forCommand(plan.command());
        List<Optional<Exception>> drawing = new ArrayList<>();
        AtomicFolder.create(folder, dir -> {
            report.writeFiles(plan, results, dir);
            for (Map.Entry<String, byte[]> input : inputs.entrySet()) {
                Files.write(dir.resolve(input.getKey()), input.getValue());
            }
            report.writeManifest(manifest, results, dir);
            if (report.drawsReport()) {
                drawing.add(ReportAfterResults.drawInto(reports, dir, lang.language()));
            }
        });
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.println("Merged " + shards.size() + " shards.");
        report.print(plan, results, stdout);
        stdout.println();
        stdout.println("Results written to " + folder);
        stdout.flush();
        if (drawing.isEmpty()) {
            return ExitCodes.OK;
        }
        return ReportAfterResults.tell(drawing.get(0), folder, stdout, spec.commandLine().getErr());
    }

    /** Shards whose manifests both name the commit they were built from must name the same one. */
    private void sameCode(List<ShardFolder.Contents> shards, List<String> problems) {
        String first = shards.get(0).gitCommit();
        for (int i = 1; i < shards.size(); i++) {
            String other = shards.get(i).gitCommit();
            if (first != null && other != null && !first.equals(other)) {
                problems.add(folders.get(i) + ": built from different code than " + folders.get(0) + " ("
                        + ShardFolder.GIT_COMMIT + " " + other + " against " + first + "); rerun every shard with "
                        + "the same build");
            }
        }
    }

    private static boolean sameFiles(Map<String, byte[]> a, Map<String, byte[]> b) {
        if (!a.keySet().equals(b.keySet())) {
            return false;
        }
        for (Map.Entry<String, byte[]> e : a.entrySet()) {
            if (!Arrays.equals(e.getValue(), b.get(e.getKey()))) {
                return false;
            }
        }
        return true;
    }

    /** Every replication 0..N-1 of every variant exactly once, in replication order. */
    private StudyResults combine(StudyPlan plan, List<ShardFolder.Contents> shards, List<String> problems) {
        List<List<ReplicationResult>> variants = new ArrayList<>();
        for (int v = 0; v < plan.variants().size(); v++) {
            TreeMap<Integer, ReplicationResult> byReplication = new TreeMap<>();
            TreeMap<Integer, Path> source = new TreeMap<>();
            for (int s = 0; s < shards.size(); s++) {
                for (ReplicationResult r : shards.get(s).variants().get(v)) {
                    Path previous = source.put(r.replication(), folders.get(s));
                    if (previous != null && v == 0) {
                        problems.add("replication " + r.replication() + " is in both " + previous + " and "
                                + folders.get(s) + ": give each shard once");
                    }
                    byReplication.put(r.replication(), r);
                }
            }
            List<Integer> missing = new ArrayList<>();
            for (int r = 0; r < plan.replications(); r++) {
                if (!byReplication.containsKey(r)) {
                    missing.add(r);
                }
            }
            if (!missing.isEmpty() && v == 0) {
                problems.add("replications " + missing + " of " + plan.replications() + " are in none of the "
                        + "folders: a shard is missing");
            }
            if (byReplication.size() > plan.replications() && v == 0) {
                problems.add("the shards hold replications beyond the " + plan.replications() + " planned");
            }
            variants.add(new ArrayList<>(byReplication.values()));
        }
        int threads = shards.stream().mapToInt(ShardFolder.Contents::threads).max().orElse(1);
        double wall = shards.stream().mapToDouble(ShardFolder.Contents::wallSeconds).sum();
        return new StudyResults(variants, Math.max(1, threads), wall);
    }

    private static StudyManifest manifest(StudyPlan plan, List<ShardFolder.Contents> shards, StudyResults results) {
        OffsetDateTime start = shards.stream().map(ShardFolder.Contents::startTime)
                .min(OffsetDateTime::compareTo).orElseThrow();
        return new StudyManifest(plan, "merged", Double.NaN, false, "", results.threads(), BuildInfo.version(),
                BuildInfo.gitRevision(), BuildInfo.javaVersion(), start, results.wallSeconds(), results.totalEvents());
    }

    private static void failOn(List<String> problems) throws BadInputException {
        if (!problems.isEmpty()) {
            throw new BadInputException(String.join(System.lineSeparator(), problems));
        }
    }
}
