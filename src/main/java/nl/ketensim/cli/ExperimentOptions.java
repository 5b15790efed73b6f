package nl.ketensim.cli;

import java.util.ArrayList;
import java.util.List;
import nl.ketensim.experiment.ReplicationRunner;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Options shared by every command that runs an experiment: seed, replications, measured years,
 * threads and scenario overrides. Out-of-range values are usage errors (exit code 2).
 */
public final class ExperimentOptions {

    public static final long DEFAULT_SEED = 20260101L;
    public static final int DEFAULT_REPLICATIONS = 10;
    public static final double DEFAULT_YEARS = 1.0;

    @Spec(Spec.Target.MIXEE)
    private CommandSpec mixee;

    private long seed = DEFAULT_SEED;
    private int replications = DEFAULT_REPLICATIONS;
    private double years = DEFAULT_YEARS;
    private int threads = ReplicationRunner.defaultThreads();
    private final List<String> overrides = new ArrayList<>();

    @Option(names = "--seed", paramLabel = "S",
            description = "Experiment seed; replication r uses random substream r (default: 20260101).")
    void setSeed(long seed) {
        this.seed = seed;
    }

    @Option(names = "--replications", paramLabel = "N",
            description = "Number of replications, >= 1 (default: 10).")
    void setReplications(int replications) {
        this.replications = OptionChecks.atLeastOne(mixee, "--replications", replications);
    }

    @Option(names = "--years", paramLabel = "Y",
            description = "Measured years per replication after warm-up, > 0 (default: 1).")
    void setYears(double years) {
        this.years = OptionChecks.positiveYears(mixee, "--years", years);
    }

    @Option(names = "--threads", paramLabel = "T",
            description = "Worker threads, >= 1 (default: all cores). Results do not depend on it.")
    void setThreads(int threads) {
        this.threads = OptionChecks.atLeastOne(mixee, "--threads", threads);
    }

    @Option(names = "--set", paramLabel = "PATH=VALUE",
            description = "Override a scenario value, e.g. staffing.casemanager.fte=200 "
                    + "(repeatable).")
    void setOverrides(List<String> values) {
        // picocli passes all values given so far on each occurrence of the option
        overrides.clear();
        for (String value : values) {
            overrides.add(OptionChecks.assignment(mixee, "--set", value));
        }
    }

    /** Experiment seed. */
    public long seed() {
        return seed;
    }

    /** Replications, &ge; 1. */
    public int replications() {
        return replications;
    }

    /** Measured years per replication (years, &gt; 0). */
    public double years() {
        return years;
    }

    /** Worker threads, &ge; 1. */
    public int threads() {
        return threads;
    }

    /** Scenario overrides {@code PATH=VALUE} in command-line order. */
    public List<String> overrides() {
        return List.copyOf(overrides);
    }
}
