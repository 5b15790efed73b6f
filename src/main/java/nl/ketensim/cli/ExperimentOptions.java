package nl.ketensim.cli;

import java.util.ArrayList;
import java.util.List;
import nl.ketensim.experiment.ReplicationRunner;
import nl.ketensim.experiment.ShardSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Options shared by every command that runs an experiment: seed, replications, measured years,
 * threads, scenario overrides, the shard to run and the precision target. Out-of-range values are
 * usage errors (exit code 2).
 */
public final class ExperimentOptions {

    public static final long DEFAULT_SEED = 20260101L;
    public static final int DEFAULT_REPLICATIONS = 10;
    public static final double DEFAULT_YEARS = 1.0;
    public static final int DEFAULT_MAX_REPLICATIONS = 200;

    @Spec(Spec.Target.MIXEE)
    private CommandSpec mixee;

    private long seed = DEFAULT_SEED;
    private int replications = DEFAULT_REPLICATIONS;
    private boolean replicationsGiven;
    private double years = DEFAULT_YEARS;
    private int threads = ReplicationRunner.defaultThreads();
    private final List<String> overrides = new ArrayList<>();
    private ShardSpec shard = ShardSpec.ALL;
    private double precision = Double.NaN;
    private int maxReplications = DEFAULT_MAX_REPLICATIONS;

    @Option(names = "--seed", paramLabel = "S",
            description = "Experiment seed; replication r uses random substream r (default: 20260101).")
    void setSeed(long seed) {
        this.seed = seed;
    }

    @Option(names = "--replications", paramLabel = "N",
            description = "Number of replications, >= 1 (default: 10; with --precision the start: 10, knelpunten 5).")
    void setReplications(int replications) {
        this.replications = OptionChecks.atLeastOne(mixee, "--replications", replications);
        this.replicationsGiven = true;
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

    @Option(names = "--shard", paramLabel = "I/N",
            description = "Run only shard I of N (0 <= I < N): the replications r with r %% N == I. "
                    + "Combine the shard folders with 'ketensim merge'.")
    void setShard(String text) {
        this.shard = ShardSpec.parse(text).orElseThrow(() -> new ParameterException(
                mixee.commandLine(), "Invalid value for option '--shard': expected I/N with 0 <= I < N, got '"
                        + text + "'"));
    }

    @Option(names = "--precision", paramLabel = "REL",
            description = "Add replications (from --replications up to --max-replications) until the 95%% "
                    + "half-width of every key metric is at most REL times its mean, 0 < REL < 1.")
    void setPrecision(double precision) {
        if (!(precision > 0 && precision < 1)) {
            throw new ParameterException(mixee.commandLine(),
                    "Invalid value for option '--precision': must be a fraction of the mean in (0, 1), got "
                            + precision);
        }
        this.precision = precision;
    }

    @Option(names = "--max-replications", paramLabel = "N",
            description = "Upper limit on replications under --precision (default: 200).")
    void setMaxReplications(int maxReplications) {
        this.maxReplications = OptionChecks.atLeastOne(mixee, "--max-replications", maxReplications);
    }

    /**
     * Problems between options that each are valid on their own; empty when there are none.
     */
    public List<String> conflicts() {
        List<String> problems = new ArrayList<>();
        if (usesPrecision() && !shard.isAll()) {
            problems.add("--precision cannot be combined with --shard: the number of replications is decided "
                    + "as results come in; run the shards with a fixed --replications");
        }
        if (usesPrecision() && replications < 2) {
            problems.add("--precision needs --replications of at least 2 to start from, got " + replications);
        }
        if (usesPrecision() && !replicationsGiven && maxReplications < 2) {
            problems.add("--precision needs --max-replications of at least 2 (it starts from 2 or more "
                    + "replications), got " + maxReplications);
        }
        if (usesPrecision() && replicationsGiven && maxReplications < replications) {
            problems.add("--max-replications (" + maxReplications + ") must be at least --replications ("
                    + replications + ")");
        }
        return problems;
    }

    /** The shard to run; {@link ShardSpec#ALL} by default. */
    public ShardSpec shard() {
        return shard;
    }

    /** Whether {@code --precision} was given. */
    public boolean usesPrecision() {
        return !Double.isNaN(precision);
    }

    /** The precision target (fraction of the mean), NaN when not given. */
    public double precision() {
        return precision;
    }

    /** Upper limit on replications under {@code --precision}. */
    public int maxReplications() {
        return maxReplications;
    }

    /** Experiment seed. */
    public long seed() {
        return seed;
    }

    /** Replications, &ge; 1. */
    public int replications() {
        return replications;
    }

    /**
     * The replications a sequential design starts with: {@code --replications} when given, else
     * {@code sensibleStart} (at most {@code --max-replications}).
     */
    public int startReplications(int sensibleStart) {
        return replicationsGiven ? replications : Math.min(sensibleStart, maxReplications);
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
