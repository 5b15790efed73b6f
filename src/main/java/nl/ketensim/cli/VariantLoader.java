package nl.ketensim.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import nl.ketensim.experiment.ReplicationFunction;
import nl.ketensim.experiment.StudyPlan;
import nl.ketensim.output.ScenarioParameter;
import nl.ketensim.output.Sha256;
import nl.ketensim.scenario.LoadedScenario;
import nl.ketensim.scenario.ResolvedScenarioHash;
import nl.ketensim.scenario.Scenario;
import nl.ketensim.scenario.ScenarioException;
import nl.ketensim.scenario.WorkEstimate;

/**
 * Loads the scenarios of a study one variant at a time (the user's {@code --set}s, then the
 * variant's own overrides) and collects every scenario problem of every variant, each once, so
 * bad input is reported in full before anything runs.
 */
final class VariantLoader {

    private static final double DAYS_PER_YEAR = 365.0;

    private final ScenarioSource scenarios;
    private final ModelFactory models;
    private final ParameterSource parameters;
    private final ExperimentOptions options;
    private final Map<Path, String> sha256 = new HashMap<>();
    private final Set<String> problems = new LinkedHashSet<>();
    private final List<StudyPlan.Variant> variants = new ArrayList<>();
    private final List<ReplicationFunction> functions = new ArrayList<>();
    private Path firstFile;
    private double secondsPerReplication;

    VariantLoader(ScenarioSource scenarios, ModelFactory models, ParameterSource parameters,
                  ExperimentOptions options) {
        this.scenarios = scenarios;
        this.models = models;
        this.parameters = parameters;
        this.options = options;
    }

    /**
     * Adds a variant; a scenario problem is remembered and reported by {@link #study}.
     *
     * @param name   the variant's name from its scenario
     * @param extra  overrides after the user's {@code --set}s
     * @param labels command-specific labels
     * @return the scenario, or null when it has problems
     * @throws BadInputException when the scenario file is missing or unreadable
     */
    Scenario add(Path file, List<String> extra, Function<Scenario, String> name, Map<String, String> labels)
            throws BadInputException, IOException {
        if (firstFile == null) {
            firstFile = file;
        }
        List<String> overrides = new ArrayList<>(options.overrides());
        overrides.addAll(extra);
        LoadedScenario loaded;
        try {
            loaded = ScenarioInput.read(scenarios, file, overrides);
        } catch (ScenarioException e) {
            problems.addAll(e.problems());
            return null;
        }
        Scenario scenario = loaded.scenario();
        String sha = sha256.get(file);
        if (sha == null) {
            sha = Sha256.of(file);
            sha256.put(file, sha);
        }
        variants.add(new StudyPlan.Variant(name.apply(scenario), file.toString(), sha,
                ResolvedScenarioHash.of(loaded), overrides, labels));
        functions.add(models.create(scenario, options.seed(), options.years()));
        if (scenario.population() != null) { // test fakes of the model have no population to estimate from
            secondsPerReplication += WorkEstimate.of(scenario).seconds(1,
                    scenario.simulation().warmupDays() + options.years() * DAYS_PER_YEAR
                            + scenario.aftercare().followUpDays(), 1); // the run follows up the last releases
        }
        return scenario;
    }

    /** Throws the problems found so far, if any. */
    void failOnProblems() throws ScenarioException {
        if (!problems.isEmpty()) {
            throw new ScenarioException(List.copyOf(problems));
        }
    }

    /**
     * The study of the variants added; its parameters are those of the first file added, with the
     * user's {@code --set}s only (not a variant's own overrides).
     *
     * @throws ScenarioException with every problem of every variant
     */
    Study study(String command, Map<String, String> settings, String folderName)
            throws ScenarioException, IOException {
        failOnProblems();
        StudyPlan plan = new StudyPlan(command, options.seed(), options.years(), options.replications(), settings,
                variants);
        List<ScenarioParameter> resolved = parameters.read(firstFile, options.overrides());
        return new Study(plan, functions, folderName, resolved, secondsPerReplication);
    }
}
