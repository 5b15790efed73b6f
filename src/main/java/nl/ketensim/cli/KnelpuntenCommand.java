package nl.ketensim.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.ketensim.domain.Knelpunt;
import nl.ketensim.domain.Language;
import nl.ketensim.experiment.FactorialDesign;
import nl.ketensim.experiment.Relief;
import nl.ketensim.experiment.ReliefAnalysis;
import nl.ketensim.experiment.ReliefPrecision;
import nl.ketensim.output.SensitivityRankingCsv;
import nl.ketensim.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ketensim knelpunten SCENARIO}: counterfactual attribution. Runs the scenario, one
 * variant per chosen knelpunt with that knelpunt alone relieved ({@link Relief}), and one with
 * all relieved (or, with {@code --factorial}, every combination), under common random numbers.
 */
@Command(name = KnelpuntenCommand.NAME, mixinStandardHelpOptions = true,
        description = "Counterfactual attribution: missed basisvoorwaarden prevented by relieving each knelpunt.")
final class KnelpuntenCommand extends StudyCommand {

    static final String NAME = "knelpunten";

    @Mixin
    private LanguageOption lang;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario file (YAML).")
    private Path scenarioFile;

    @Option(names = "--knelpunten", split = ",", paramLabel = "K",
            description = "Knelpunten to relieve, comma-separated keys (default: all ten).")
    private List<String> chosenKeys = new ArrayList<>();

    @Option(names = "--factorial",
            description = "Run the full 2^k design over the chosen knelpunten (k <= " + FactorialDesign.MAX_FACTORS
                    + ") and report main effects and two-way interactions.")
    private boolean factorial;

    @Option(names = "--sensitivity", paramLabel = "DIR",
            description = "A folder written by 'ketensim sensitivity' of this scenario: the report shows which "
                    + "knelpunten keep their rank across the estimates, and links to it.")
    private Path sensitivity;

    private double minEffect = DEFAULT_MIN_EFFECT;
    private boolean minEffectGiven;

    /** A relief matters from this share of the base's misses on (2%: about 1,000 misses a year in basis). */
    static final double DEFAULT_MIN_EFFECT = 0.02;

    /** The replications every scenario starts with under {@code --precision} unless {@code --replications} says. */
    static final int PRECISION_START = 5;

    @Option(names = "--min-effect", paramLabel = "SHARE",
            description = "Under --precision: refine only reliefs that prevent at least this share of the base's "
                    + "misses, 0 <= SHARE < 1 (default: 0.02).")
    void setMinEffect(double share) {
        if (!(share >= 0 && share < 1)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "Invalid value for option '--min-effect': must be a share of the base's misses in [0, 1), got "
                            + share);
        }
        this.minEffect = share;
        this.minEffectGiven = true;
    }

    @Override
    List<String> conflicts() {
        List<String> problems = new ArrayList<>();
        for (String key : chosenKeys) {
            if (Knelpunt.fromKey(key) == null) {
                problems.add("--knelpunten: unknown knelpunt '" + key + "'; allowed: " + allKeys());
            }
        }
        if (chosenKeys.stream().distinct().count() != chosenKeys.size()) {
            problems.add("--knelpunten: a knelpunt is named twice in '" + String.join(",", chosenKeys) + "'");
        }
        if (sensitivity != null && !Files.isRegularFile(sensitivity.resolve(SensitivityRankingCsv.FILE_NAME))) {
            problems.add("--sensitivity: " + sensitivity + " has no " + SensitivityRankingCsv.FILE_NAME
                    + "; allowed: a results folder written by 'ketensim sensitivity'");
        }
        if (minEffectGiven && !options.usesPrecision()) {
            problems.add("--min-effect only applies with --precision: it says which reliefs are refined");
        }
        if (options.usesPrecision() && factorial) {
            problems.add("--precision cannot be combined with --factorial: the factorial effects need every "
                    + "combination at the same replications; give a fixed --replications");
        }
        int k = chosen().size();
        if (factorial && k > FactorialDesign.MAX_FACTORS) {
            problems.add("--factorial runs 2^k scenarios: choose at most " + FactorialDesign.MAX_FACTORS
                    + " knelpunten with --knelpunten (now " + k + ")");
        }
        return problems;
    }

    /**
     * Under {@code --precision} each relief gets the paired replications its own interval of
     * misses prevented needs ({@link ReliefPrecision}).
     */
    @Override
    Optional<ReliefPrecision> precisionDesign() {
        return Optional.of(ReliefPrecision.forMisses(options.precision(), minEffect,
                options.startReplications(PRECISION_START), options.maxReplications()));
    }

    @Override
    Language language() {
        return lang.language();
    }

    @Override
    Study prepare() throws Exception {
        List<Knelpunt> chosen = chosen();
        VariantLoader loader = new VariantLoader(scenarios, models, parameters, options);
        Scenario base = loader.add(scenarioFile, List.of(), Scenario::name, Map.of(ReliefAnalysis.MASK, "0"));
        loader.failOnProblems();
        int all = (1 << chosen.size()) - 1;
        for (int mask = 1; mask <= all; mask++) {
            boolean single = Integer.bitCount(mask) == 1;
            if (factorial || single || mask == all) {
                String name = name(chosen, mask, all);
                loader.add(scenarioFile, overrides(chosen, mask), s -> name,
                        Map.of(ReliefAnalysis.MASK, Integer.toString(mask)));
            }
        }
        String keys = String.join(",", chosen.stream().map(Knelpunt::key).toList());
        Map<String, String> settings = new java.util.HashMap<>(Map.of(ReliefAnalysis.KNELPUNTEN, keys,
                ReliefAnalysis.FACTORIAL, Boolean.toString(factorial)));
        if (sensitivity != null) {
            settings.put(KnelpuntenReport.SENSITIVITY, sensitivity.toString());
        }
        return loader.study(NAME, settings, NAME + "-" + base.name());
    }

    private List<Knelpunt> chosen() {
        if (chosenKeys.isEmpty()) {
            return Arrays.asList(Knelpunt.values());
        }
        return chosenKeys.stream().map(Knelpunt::fromKey).filter(k -> k != null).distinct().toList();
    }

    private static List<String> overrides(List<Knelpunt> chosen, int mask) {
        List<String> overrides = new ArrayList<>();
        for (int j = 0; j < chosen.size(); j++) {
            if ((mask >> j & 1) == 1) {
                overrides.addAll(Relief.of(chosen.get(j)).overrides());
            }
        }
        return overrides;
    }

    private static String name(List<Knelpunt> chosen, int mask, int all) {
        if (mask == all && chosen.size() > 1) {
            return ReliefAnalysis.ALL_RELIEVED;
        }
        List<String> keys = new ArrayList<>();
        for (int j = 0; j < chosen.size(); j++) {
            if ((mask >> j & 1) == 1) {
                keys.add(chosen.get(j).key());
            }
        }
        return String.join("+", keys);
    }

    private static String allKeys() {
        return String.join(", ", Arrays.stream(Knelpunt.values()).map(Knelpunt::key).toList());
    }
}
