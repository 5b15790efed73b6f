package nl.ketensim.cli;

import java.io.File;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import nl.ketensim.experiment.ProgressListener;
import nl.ketensim.experiment.ReplicationRunner;
import nl.ketensim.model.EventListChoice;
import nl.ketensim.model.RunStatistics;
import nl.ketensim.output.BuildInfo;
import nl.ketensim.output.Decimals;
import nl.ketensim.results.ReplicationResult;
import nl.ketensim.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ketensim bench [SCENARIO]}: the project's benchmark. Runs the replications on one thread
 * and, with {@code --threads T > 1}, the same replications again on T threads. Reports seconds per
 * measured replication-year (a replication's time divided by its measured years; its warm-up and
 * follow-up are included), seconds per simulated year, ns per event, events per admitted person,
 * heap use and the parallel efficiency. With {@code --against OTHER.jar} it compares this build with
 * another one in the same JVM instead ({@link BenchAgainst}). Writes no files.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Benchmark the model: speed, events and memory, on one thread and on T threads.",
            "With --against: this build against another build, in one JVM."})
final class BenchCommand implements Callable<Integer> {

    static final String DEFAULT_SCENARIO = "scenarios/basis.yaml";
    static final int DEFAULT_WARMUP_ROUNDS = 2;
    private static final double MIB = 1024.0 * 1024.0;
    private static final double DAYS_PER_YEAR = 365.0;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO",
            description = "Scenario file (default: " + DEFAULT_SCENARIO + ").")
    private Path scenarioFile = Path.of(DEFAULT_SCENARIO);

    @Option(names = "--seed", paramLabel = "S", description = "Experiment seed (default: 20260101).")
    private long seed = ExperimentOptions.DEFAULT_SEED;

    @Option(names = "--event-list", paramLabel = "LIST",
            description = "Event list: ${COMPLETION-CANDIDATES} (default: heap). Results are the same on every list.",
            converter = EventListConverter.class, completionCandidates = EventListConverter.Names.class)
    private EventListChoice eventList = EventListChoice.DEFAULT;

    @Option(names = "--by-kind", description = "Also count the events of one more replication (replication 0) by kind.")
    private boolean byKind;

    @Option(names = "--against", paramLabel = "JAR",
            description = "Compare with another build instead: its jar with its dependencies (as target/ketensim.jar;"
                    + " a class path of jars and directories separated by ':' also works). Runs the same replications"
                    + " of both builds alternately in this JVM, the other in its own class loader, and compares"
                    + " their thread CPU per replication-year. --replications = the measured rounds.")
    private String against;

    @Option(names = "--against-scenario", paramLabel = "FILE",
            description = "With --against: the other build's scenario file, read by that build (default: SCENARIO).")
    private Path againstScenario;

    private int replications = 3;
    private double years = 3.0;
    private int threads = 1;
    private Integer warmupRounds;
    private final List<String> overrides = new ArrayList<>();

    /** Seams for tests; production values by default. */
    ScenarioSource scenarios = ScenarioSource.LOADER;
    ModelFactory models = ModelFactory.REINTEGRATION_MODEL;

    @Option(names = "--replications", paramLabel = "N",
            description = "Replications, >= 1 (default: 3); with --against the measured rounds.")
    void setReplications(int replications) {
        this.replications = OptionChecks.atLeastOne(spec, "--replications", replications);
    }

    @Option(names = "--years", paramLabel = "Y", description = "Measured years per replication, > 0 (default: 3).")
    void setYears(double years) {
        this.years = OptionChecks.positiveYears(spec, "--years", years);
    }

    @Option(names = "--threads", paramLabel = "T",
            description = "Also run the replications on T threads at once and report the parallel efficiency (default: 1).")
    void setThreads(int threads) {
        this.threads = OptionChecks.atLeastOne(spec, "--threads", threads);
    }

    @Option(names = "--warmup-rounds", paramLabel = "W",
            description = "With --against: rounds run first for JIT compilation and left out of the summary, >= 0"
                    + " (default: " + DEFAULT_WARMUP_ROUNDS + ").")
    void setWarmupRounds(int rounds) {
        this.warmupRounds = OptionChecks.atLeast(spec, "--warmup-rounds", rounds, 0);
    }

    @Option(names = "--set", paramLabel = "PATH=VALUE", description = "Override a scenario value (repeatable).")
    void setOverrides(List<String> values) {
        // picocli passes all values given so far on each occurrence of the option
        overrides.clear();
        for (String value : values) {
            overrides.add(OptionChecks.assignment(spec, "--set", value));
        }
    }

    /** What one replication cost. */
    private record Timing(double seconds, double cpuSeconds, long events, long allocatedBytes,
                          RunStatistics statistics) { }

    /** One pass over the replications on some threads. */
    private record Pass(int threads, double wallSeconds, Timing[] timings) {
        /** Median over replications 2..n (the first pays for JIT compilation on one thread), else the only one. */
        double medianSeconds() {
            return median(Arrays.stream(laterTimings()).mapToDouble(Timing::seconds).toArray());
        }

        double medianCpuSeconds() {
            return median(Arrays.stream(laterTimings()).mapToDouble(Timing::cpuSeconds).toArray());
        }

        double medianNanosPerEvent() {
            return median(Arrays.stream(laterTimings()).mapToDouble(t -> t.seconds() * 1e9 / t.events()).toArray());
        }

        private Timing[] laterTimings() {
            return timings.length > 1 && threads == 1 ? Arrays.copyOfRange(timings, 1, timings.length) : timings;
        }
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (against != null) {
            return compareAgainst(out);
        }
        if (againstScenario != null || warmupRounds != null) {
            throw new BadInputException((againstScenario != null ? "--against-scenario" : "--warmup-rounds")
                    + " needs --against OTHER.jar");
        }
        Scenario scenario = ScenarioInput.read(scenarios, scenarioFile, List.copyOf(overrides)).scenario();
        List<MemoryPoolMXBean> heapPools = heapPools();
        heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
        ModelFactory.ProbedReplication model = models.createProbed(scenario, seed, years, eventList);

        BenchProbe heapProbe = new BenchProbe(false, true);
        Pass single = pass(model, 1, heapProbe);
        long peakHeap = heapPools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        Pass parallel = threads > 1 ? pass(model, threads, null) : null;
        Map<String, Long> kinds = null;
        if (byKind) {
            BenchProbe counter = new BenchProbe(true, false);
            model.run(0, counter);
            kinds = counter.statistics() == null ? Map.of() : counter.statistics().eventsByKind();
        }

        RunStatistics stats = single.timings()[0].statistics();
        double measuredDays = years * DAYS_PER_YEAR;
        double fixedDays = stats == null ? 0.0 : stats.warmupDays() + stats.followUpDays();
        double simulatedDays = measuredDays + fixedDays;
        String row = "%-32s %s%n";
        out.printf(Locale.ROOT, "ketensim %s bench: %s, %d replications of %s measured years, seed %d, event list %s%n",
                BuildInfo.version(), scenario.name(), replications, Decimals.format(years), seed, eventList.key());
        if (stats != null) {
            out.printf(Locale.ROOT, "A replication simulates %.0f days: warm-up %.0f + measured %.0f + follow-up %.0f"
                    + " (nazorg of the last measured releases).%n", simulatedDays, stats.warmupDays(), measuredDays,
                    stats.followUpDays());
        }
        out.printf(Locale.ROOT, "Per replication-year = one replication's time / %s measured years, warm-up and"
                + " follow-up included (%.0f%% of the simulated days).%n", Decimals.format(years),
                100 * fixedDays / simulatedDays);
        out.printf(Locale.ROOT, "Medians over replications 2..n on one thread (the first includes JIT compilation).%n");
        out.printf(Locale.ROOT, "%n1 thread%n");
        out.printf(Locale.ROOT, row, "wall time", String.format(Locale.ROOT, "%.2f s", single.wallSeconds()));
        out.printf(Locale.ROOT, row, "seconds per replication-year",
                String.format(Locale.ROOT, "%.3f s (%.3f s CPU of the replication's thread)",
                        single.medianSeconds() / years, single.medianCpuSeconds() / years));
        out.printf(Locale.ROOT, row, "  first replication",
                String.format(Locale.ROOT, "%.3f s (includes JIT compilation)", single.timings()[0].seconds() / years));
        if (replications > 1) {
            double[] rest = Arrays.stream(single.timings()).skip(1).mapToDouble(Timing::seconds).sorted().toArray();
            out.printf(Locale.ROOT, row, "  later replications",
                    String.format(Locale.ROOT, "%.3f s fastest, %.3f s slowest", rest[0] / years,
                            rest[rest.length - 1] / years));
        }
        out.printf(Locale.ROOT, row, "seconds per simulated year",
                String.format(Locale.ROOT, "%.3f s (fixed cost of warm-up and follow-up: %.3f s per replication)",
                        single.medianSeconds() * DAYS_PER_YEAR / simulatedDays,
                        single.medianSeconds() * fixedDays / simulatedDays));
        long events = single.timings()[0].events();
        out.printf(Locale.ROOT, row, "ns per event", String.format(Locale.ROOT, "%.0f (%.0f CPU)",
                single.medianNanosPerEvent(), single.medianCpuSeconds() * 1e9 / events));
        out.printf(Locale.ROOT, row, "events per replication",
                String.format(Locale.ROOT, "%d (replication 0; %.0f per simulated year)", events,
                        events * DAYS_PER_YEAR / simulatedDays));
        if (stats != null) {
            out.printf(Locale.ROOT, row, "events per admitted person",
                    String.format(Locale.ROOT, "%.1f (%d admitted after time 0; %d detained at time 0)",
                            (double) stats.events() / stats.admitted(), stats.admitted(), stats.initialPopulation()));
        }
        long allocated = single.timings()[single.timings().length - 1].allocatedBytes();
        if (allocated >= 0) {
            out.printf(Locale.ROOT, row, "allocated per replication",
                    String.format(Locale.ROOT, "%.0f MiB (last replication; %.0f bytes per event)", allocated / MIB,
                            (double) allocated / single.timings()[single.timings().length - 1].events()));
        }
        out.printf(Locale.ROOT, row, "peak heap used",
                String.format(Locale.ROOT, "%.1f MiB (sum of heap pool peaks, 1 thread)", peakHeap / MIB));
        if (!heapProbe.liveHeap().isEmpty()) {
            StringBuilder checks = new StringBuilder();
            double max = 0;
            for (double[] check : heapProbe.liveHeap()) {
                max = Math.max(max, check[1]);
                checks.append(checks.length() == 0 ? "" : ", ")
                        .append(String.format(Locale.ROOT, "%.0f d: %.1f", check[0], check[1] / MIB));
            }
            out.printf(Locale.ROOT, row, "live heap after full GC",
                    String.format(Locale.ROOT, "%.1f MiB at most (replication 0, day: MiB: %s)", max / MIB, checks));
        }
        if (parallel != null) {
            double efficiency = single.medianSeconds() / parallel.medianSeconds();
            out.printf(Locale.ROOT, "%n%d threads%n", parallel.threads());
            out.printf(Locale.ROOT, row, "wall time", String.format(Locale.ROOT, "%.2f s (speed-up %.2f against 1 thread)",
                    parallel.wallSeconds(), single.wallSeconds() / parallel.wallSeconds()));
            out.printf(Locale.ROOT, row, "seconds per replication-year",
                    String.format(Locale.ROOT, "%.3f s (%.3f s CPU), each of %d at once", parallel.medianSeconds() / years,
                            parallel.medianCpuSeconds() / years, parallel.threads()));
            out.printf(Locale.ROOT, row, "parallel efficiency", String.format(Locale.ROOT,
                    "%.0f%% (1-thread median time per replication / %d-thread median)", 100 * efficiency,
                    parallel.threads()));
        }
        if (kinds != null) {
            out.printf(Locale.ROOT, "%nEvents by kind (replication 0, per admitted person)%n");
            int admitted = stats == null ? 1 : Math.max(1, stats.admitted());
            kinds.entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                            .thenComparing(Map.Entry.comparingByKey()))
                    .forEach(e -> out.printf(Locale.ROOT, "  %8.3f  %9d  %s%n", (double) e.getValue() / admitted,
                            e.getValue(), e.getKey()));
        }
        out.printf(Locale.ROOT, "%n" + row, "machine", String.format(Locale.ROOT, "Java %s, %d cores, max heap %.0f MiB",
                BuildInfo.javaVersion(), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() / MIB));
        out.flush();
        return ExitCodes.OK;
    }

    /** {@code --against}: this build against the other one, in this JVM, on this thread. */
    private int compareAgainst(PrintWriter out) throws Exception {
        String conflict = threads > 1 ? "--threads" : byKind ? "--by-kind"
                : eventList != EventListChoice.DEFAULT ? "--event-list" : !overrides.isEmpty() ? "--set" : null;
        if (conflict != null) {
            throw new BadInputException("--against cannot be combined with " + conflict
                    + ": both builds run their scenario files as they are, on one thread, on their default event list");
        }
        Scenario scenario = ScenarioInput.read(scenarios, scenarioFile, List.of()).scenario();
        Path otherScenario = againstScenario == null ? scenarioFile : againstScenario;
        List<Path> classPath = Arrays.stream(against.split(File.pathSeparator)).map(Path::of).toList();
        try (OtherBuild other = OtherBuild.open(classPath, otherScenario, seed)) {
            new BenchAgainst(out, years).compare(models.create(scenario, seed, years), scenarioFile, other,
                    otherScenario, seed, warmupRounds == null ? DEFAULT_WARMUP_ROUNDS : warmupRounds, replications);
        }
        return ExitCodes.OK;
    }

    /** Runs every replication on {@code threads} threads; {@code heapProbe} observes replication 0 if given. */
    private Pass pass(ModelFactory.ProbedReplication model, int threads, BenchProbe heapProbe) {
        Timing[] timings = new Timing[replications];
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        com.sun.management.ThreadMXBean allocation = cpu instanceof com.sun.management.ThreadMXBean bean ? bean : null;
        var result = new ReplicationRunner(threads, ProgressListener.NONE).run(replications, r -> {
            BenchProbe probe = r == 0 && heapProbe != null ? heapProbe : new BenchProbe(false, false);
            long cpuStart = cpu.getCurrentThreadCpuTime();
            long allocatedStart = allocation == null ? 0 : allocation.getCurrentThreadAllocatedBytes();
            long start = System.nanoTime();
            ReplicationResult done = model.run(r, probe);
            double seconds = (System.nanoTime() - start) / 1e9 - probe.gcSeconds();
            double cpuSeconds = (cpu.getCurrentThreadCpuTime() - cpuStart) / 1e9;
            long allocated = allocation == null ? -1 : allocation.getCurrentThreadAllocatedBytes() - allocatedStart;
            timings[r] = new Timing(seconds, cpuSeconds, done.eventsProcessed(), allocated, probe.statistics());
            return done;
        });
        return new Pass(threads, result.wallSeconds(), timings);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP && p.isValid())
                .toList();
    }
}
