package nl.ketensim.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.ketensim.domain.Language;
import nl.ketensim.experiment.RankingRobustness;
import nl.ketensim.experiment.SensitivityAnalysis;
import nl.ketensim.experiment.SensitivityDesign;
import nl.ketensim.output.Decimals;
import nl.ketensim.output.ScenarioParameter;
import nl.ketensim.results.Group;
import nl.ketensim.results.MetricFamily;
import nl.ketensim.results.MetricName;
import nl.ketensim.results.Name;
import nl.ketensim.scenario.ParameterCatalog;
import nl.ketensim.scenario.ParameterSpec;
import nl.ketensim.scenario.ParameterType;
import nl.ketensim.scenario.Scenario;
import nl.ketensim.scenario.ScenarioException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ketensim sensitivity SCENARIO}: one-at-a-time screening of the estimated parameters
 * (source marked (E) in the scenario file, or those given with {@code --params}), each moved
 * ±{@code --delta} of its value within its allowed range, under common random numbers; writes
 * {@code sensitivity.csv} and {@code sensitivity_ranking.csv}.
 */
@Command(name = SensitivityCommand.NAME, mixinStandardHelpOptions = true,
        description = "Screen estimated parameters one at a time (+/-20%%) for their effect on the outputs and on "
                + "the ranking of knelpunten. Here --replications defaults to " + SensitivityCommand.DEFAULT_REPLICATIONS
                + " and --years to " + SensitivityCommand.DEFAULT_YEARS + ".")
final class SensitivityCommand extends StudyCommand {

    static final String NAME = "sensitivity";
    /** Affordable defaults: the design has two runs per parameter. */
    static final int DEFAULT_REPLICATIONS = 5;
    static final double DEFAULT_YEARS = 0.5;
    static final String DEFAULT_GROUP = Group.STAY_GT_14D.key();
    static final String DEFAULT_METRICS = MetricFamily.WITHOUT_AT_RELEASE.key();

    private static final Pattern ESTIMATE = Pattern.compile("\\(E\\)");

    @Mixin
    private LanguageOption lang;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario file (YAML).")
    private Path scenarioFile;

    @Option(names = "--params", split = ",", paramLabel = "PATH",
            description = "Parameters to screen, comma-separated paths (default: every numeric parameter whose "
                    + "source comment in the scenario file is marked (E)).")
    private List<String> params = new ArrayList<>();

    @Option(names = "--delta", paramLabel = "D",
            description = "Relative change down and up, 0 < D < 1 (default: 0.2, i.e. +/-20%%).")
    private double delta = SensitivityDesign.DEFAULT_DELTA;

    @Option(names = "--group", paramLabel = "G", description = "Group of the outputs (default: stay_gt_14d).")
    private String group = DEFAULT_GROUP;

    @Option(names = "--metrics", split = ",", paramLabel = "M",
            description = "Outputs: metric names or families, comma-separated (default: without_at_release).")
    private List<String> metrics = new ArrayList<>(List.of(DEFAULT_METRICS));

    @Option(names = "--ranking", paramLabel = "FAMILY",
            description = "Metric family the knelpunten are ranked by, summed per knelpunt (default: "
                    + "missed_per_year).")
    private String ranking = RankingRobustness.DEFAULT_RANKING;

    @Override
    List<String> conflicts() {
        List<String> problems = new ArrayList<>();
        if (!(delta > 0 && delta < 1)) {
            problems.add("--delta: must lie between 0 and 1 (a fraction of the value), got " + delta);
        }
        if (Group.fromKey(group) == null) {
            problems.add("--group: unknown group '" + group + "'; allowed: "
                    + Arrays.stream(Group.values()).map(Group::key).collect(Collectors.joining(", ")));
        }
        for (String m : metrics) {
            if (!isMetricOrFamily(m)) {
                problems.add("--metrics: unknown metric '" + m + "'; allowed: a metric name such as "
                        + "without_at_release.id or a family such as without_at_release");
            }
        }
        if (!RankingRobustness.isRankingFamily(ranking)) {
            problems.add("--ranking: '" + ranking + "' is no metric family per knelpunt; allowed: "
                    + String.join(", ", RankingRobustness.rankingFamilies()));
        }
        return problems;
    }

    @Override
    Language language() {
        return lang.language();
    }

    @Override
    Study prepare() throws Exception {
        var parsed = spec.commandLine().getParseResult();
        if (!parsed.hasMatchedOption("--replications")) {
            options.setReplications(DEFAULT_REPLICATIONS);
        }
        if (!parsed.hasMatchedOption("--years")) {
            options.setYears(DEFAULT_YEARS);
        }
        VariantLoader loader = new VariantLoader(scenarios, models, parameters, options);
        Scenario base = loader.add(scenarioFile, List.of(), Scenario::name, Map.of());
        loader.failOnProblems();
        SensitivityDesign.Plan design = SensitivityDesign.of(factors(parameters.read(scenarioFile,
                options.overrides())), delta);
        Map<String, String> skipped = new LinkedHashMap<>();
        design.skipped().forEach(s -> skipped.merge(s.path(), s.reason(), (a, b) -> a + "; " + b));
        int added = 0;
        for (SensitivityDesign.Point p : design.points()) {
            List<String> extra = List.of(p.path() + "=" + Decimals.format(p.value()));
            Optional<String> invalid = problem(extra);
            if (invalid.isPresent()) {
                // one line per parameter: the first problem says why (e.g. shares that must sum to 1)
                String reason = p.direction().key() + " " + Decimals.format(p.value()) + ": "
                        + withoutOrigin(invalid.get());
                skipped.merge(p.path(), "makes the scenario invalid (" + reason + ")",
                        (a, b) -> a.replace("makes the scenario invalid", "both directions make the scenario invalid"));
                continue;
            }
            Map<String, String> labels = Map.of(SensitivityAnalysis.PARAM, p.path(),
                    SensitivityAnalysis.DIRECTION, p.direction().key(),
                    SensitivityAnalysis.VALUE, Decimals.format(p.value()),
                    SensitivityAnalysis.BASE_VALUE, Decimals.format(p.baseValue()),
                    SensitivityAnalysis.CLAMPED, Boolean.toString(p.clamped()));
            loader.add(scenarioFile, extra, s -> p.path() + " " + p.direction().key(), labels);
            added++;
        }
        if (added == 0) {
            throw new BadInputException("sensitivity: no parameter to screen in " + scenarioFile
                    + (skipped.isEmpty() ? "" : "; not screened: " + lines(skipped, "; ")));
        }
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put(SensitivityAnalysis.GROUP, group);
        settings.put(SensitivityAnalysis.METRICS, String.join(",", metrics));
        settings.put(SensitivityAnalysis.DELTA, Decimals.format(delta));
        settings.put(SensitivityAnalysis.SKIPPED, lines(skipped, "\n"));
        settings.put(RankingRobustness.RANKING, ranking);
        return loader.study(NAME, settings, NAME + "-" + base.name());
    }

    private static String lines(Map<String, String> skipped, String separator) {
        return skipped.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                .collect(Collectors.joining(separator));
    }

    /** A scenario problem without its leading {@code file:line:column: } or {@code --set ...: }. */
    private static String withoutOrigin(String problem) {
        int at = problem.indexOf(": ");
        return at < 0 ? problem : problem.substring(at + 2);
    }

    /** The first problem of the scenario with the user's overrides and {@code extra}, if invalid. */
    private Optional<String> problem(List<String> extra) throws BadInputException {
        List<String> overrides = new ArrayList<>(options.overrides());
        overrides.addAll(extra);
        try {
            ScenarioInput.read(scenarios, scenarioFile, overrides);
            return Optional.empty();
        } catch (ScenarioException e) {
            return Optional.of(e.problems().get(0));
        }
    }

    /** The factors: those named with {@code --params}, or every numeric parameter marked (E). */
    private List<SensitivityDesign.Factor> factors(List<ScenarioParameter> resolved) throws BadInputException {
        Map<String, ScenarioParameter> byPath = new LinkedHashMap<>();
        resolved.forEach(p -> byPath.put(p.path(), p));
        List<SensitivityDesign.Factor> factors = new ArrayList<>();
        if (params.isEmpty()) {
            for (ScenarioParameter p : resolved) {
                if (ESTIMATE.matcher(p.source()).find()) {
                    factor(p).ifPresent(factors::add);
                }
            }
            return factors;
        }
        List<String> problems = new ArrayList<>();
        for (String path : params) {
            ScenarioParameter p = byPath.get(path.trim());
            Optional<SensitivityDesign.Factor> f = p == null ? Optional.empty() : factor(p);
            if (f.isEmpty()) {
                problems.add("--params: '" + path + "' is no numeric parameter of " + scenarioFile
                        + "; allowed: a path such as cooperation.regie_clarity or prisons[0].places");
            } else {
                factors.add(f.get());
            }
        }
        if (!problems.isEmpty()) {
            throw new BadInputException(String.join(System.lineSeparator(), problems));
        }
        return factors;
    }

    private static Optional<SensitivityDesign.Factor> factor(ScenarioParameter p) {
        Optional<ParameterSpec> spec = ParameterCatalog.find(p.path()).filter(ParameterSpec::numeric);
        if (spec.isEmpty()) {
            return Optional.empty();
        }
        try {
            double value = Double.parseDouble(p.value().trim());
            return Optional.of(new SensitivityDesign.Factor(p.path(), value, spec.get().range(),
                    spec.get().type() == ParameterType.INTEGER));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean isMetricOrFamily(String m) {
        if (MetricFamily.all().stream().anyMatch(f -> f.key().equals(m))) {
            return true;
        }
        Optional<MetricName> name = MetricName.parse(m);
        return name.isPresent() && name.get().parts().stream().noneMatch(x -> x instanceof Name);
    }
}
