package nl.ketensim.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import nl.ketensim.experiment.ExperimentResult;
import nl.ketensim.experiment.ProgressListener;
import nl.ketensim.experiment.ReplicationFunction;
import nl.ketensim.experiment.ReplicationRunner;
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
 * {@code ketensim bench [SCENARIO]}: the project's benchmark. Runs replications on one thread
 * and reports seconds per measured replication-year (initialisation and warm-up included, per
 * replication: the first includes JIT compilation), events per second and heap use. Writes no
 * files.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmark the model on one thread: speed and memory.")
final class BenchCommand implements Callable<Integer> {

    static final String DEFAULT_SCENARIO = "scenarios/basis.yaml";
    private static final double MIB = 1024.0 * 1024.0;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO",
            description = "Scenario file (default: " + DEFAULT_SCENARIO + ").")
    private Path scenarioFile = Path.of(DEFAULT_SCENARIO);

    @Option(names = "--seed", paramLabel = "S", description = "Experiment seed (default: 20260101).")
    private long seed = ExperimentOptions.DEFAULT_SEED;

    private int replications = 3;
    private double years = 3.0;
    private final List<String> overrides = new ArrayList<>();

    /** Seams for tests; production values by default. */
    ScenarioSource scenarios = ScenarioSource.LOADER;
    ModelFactory models = ModelFactory.REINTEGRATION_MODEL;

    @Option(names = "--replications", paramLabel = "N", description = "Replications, >= 1 (default: 3).")
    void setReplications(int replications) {
        this.replications = OptionChecks.atLeastOne(spec, "--replications", replications);
    }

    @Option(names = "--years", paramLabel = "Y", description = "Measured years per replication, > 0 (default: 3).")
    void setYears(double years) {
        this.years = OptionChecks.positiveYears(spec, "--years", years);
    }

    @Option(names = "--set", paramLabel = "PATH=VALUE", description = "Override a scenario value (repeatable).")
    void setOverrides(List<String> values) {
        // picocli passes all values given so far on each occurrence of the option
        overrides.clear();
        for (String value : values) {
            overrides.add(OptionChecks.assignment(spec, "--set", value));
        }
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Scenario scenario = ScenarioInput.read(scenarios, scenarioFile, List.copyOf(overrides)).scenario();
        List<MemoryPoolMXBean> heapPools = heapPools();
        heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);

        ReplicationFunction model = models.create(scenario, seed, years);
        double[] replicationSeconds = new double[replications];
        ExperimentResult result = new ReplicationRunner(1, ProgressListener.NONE).run(replications, r -> {
            long start = System.nanoTime();
            ReplicationResult done = model.run(r);
            replicationSeconds[r] = (System.nanoTime() - start) / 1e9;
            return done;
        });

        long peakHeap = heapPools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.gc();
        long heapAfterGc = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        double seconds = result.wallSeconds();

        String row = "%-30s %s%n";
        out.printf(Locale.ROOT, "ketensim %s bench: %s, %d replications of %s measured years, 1 thread, seed %d%n",
                BuildInfo.version(), scenario.name(), replications, Decimals.format(years), seed);
        out.printf(Locale.ROOT, row, "wall time", String.format(Locale.ROOT, "%.2f s", seconds));
        out.printf(Locale.ROOT, row, "seconds per replication-year",
                String.format(Locale.ROOT, "%.3f s (all replications)", seconds / (replications * years)));
        out.printf(Locale.ROOT, row, "  first replication",
                String.format(Locale.ROOT, "%.3f s (includes JIT compilation)", replicationSeconds[0] / years));
        if (replications > 1) {
            double[] rest = Arrays.copyOfRange(replicationSeconds, 1, replications);
            Arrays.sort(rest);
            out.printf(Locale.ROOT, row, "  later replications",
                    String.format(Locale.ROOT, "%.3f s median, %.3f s fastest, %.3f s slowest",
                            rest[rest.length / 2] / years, rest[0] / years, rest[rest.length - 1] / years));
        }
        out.printf(Locale.ROOT, row, "events", result.totalEvents());
        out.printf(Locale.ROOT, row, "events per second",
                seconds > 0 ? String.format(Locale.ROOT, "%.0f", result.totalEvents() / seconds) : "-");
        out.printf(Locale.ROOT, row, "peak heap used",
                String.format(Locale.ROOT, "%.1f MiB (sum of heap pool peaks)", peakHeap / MIB));
        out.printf(Locale.ROOT, row, "heap used after GC", String.format(Locale.ROOT, "%.1f MiB", heapAfterGc / MIB));
        out.printf(Locale.ROOT, row, "machine", String.format(Locale.ROOT, "Java %s, %d cores, max heap %.0f MiB",
                BuildInfo.javaVersion(), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() / MIB));
        out.flush();
        return ExitCodes.OK;
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP && p.isValid())
                .toList();
    }
}
