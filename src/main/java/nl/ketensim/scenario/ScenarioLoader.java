package nl.ketensim.scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a scenario file into a validated, immutable {@link Scenario}, in stages:
 * YAML tree with positions ({@link YamlTreeReader}) → {@code extends} parents and {@code --set}
 * overrides merged ({@link ExtendsResolver}, {@link OverrideApplier}) → each value checked
 * against {@link ParameterCatalog} ({@link TreeValidator}) → cross-field rules
 * ({@link ConsistencyRules}) → records ({@link ScenarioAssembler}) → the work of a
 * replication-year within its limits ({@link WorkEstimate}). Every problem of every stage
 * that can run is collected and thrown together in one {@link ScenarioException}.
 *
 * <p>Message formats (line and column 1-based, path as given):
 * {@code <file>: file not found}; {@code <file>:<line>:<col>: malformed YAML: <reason>};
 * {@code <file>:<line>:<col>: <field.path>: <what is wrong>; allowed: <what is allowed>};
 * {@code --set <path>=<value>: <what is wrong>}.
 */
public final class ScenarioLoader {

    private static final Shape.Section SHAPE = Shape.of(ParameterCatalog.all());
    private static final String INFLOW = "population.inflow_per_year";

    private ScenarioLoader() { }

    /** Loads {@code file}; see {@link #load(Path, List)}. */
    public static Scenario load(Path file) throws ScenarioException {
        return load(file, List.of());
    }

    /**
     * Loads {@code file}, its {@code extends} chain and the overrides.
     *
     * @param file      the scenario file; relative paths are shown as given
     * @param overrides {@code path=value} each, applied in order, e.g.
     *                  {@code staffing.casemanager.fte=+20%} or {@code prisons[0].places=500}
     * @throws ScenarioException with every problem found
     */
    public static Scenario load(Path file, List<String> overrides) throws ScenarioException {
        return loadWithOrigins(file, overrides).scenario();
    }

    /** As {@link #load(Path, List)}, also telling where each value was set. */
    public static LoadedScenario loadWithOrigins(Path file, List<String> overrides) throws ScenarioException {
        if (file == null) {
            throw new ScenarioException(List.of("no scenario file given"));
        }
        try {
            return run(file, overrides == null ? List.of() : overrides);
        } catch (RuntimeException e) {
            throw new ScenarioException(List.of(file + ": internal error while loading the scenario ("
                    + e + "); please report this"));
        }
    }

    private static LoadedScenario run(Path file, List<String> overrideTexts) throws ScenarioException {
        Problems problems = new Problems();
        YamlTreeReader reader = new YamlTreeReader(problems);
        TreeMerger merger = new TreeMerger(problems);
        List<SetOverride> overrides = new ArrayList<>();
        for (int i = 0; i < overrideTexts.size(); i++) {
            SetOverride.parse(overrideTexts.get(i), i, problems).ifPresent(overrides::add);
        }
        Optional<ConfigNode> resolved = new ExtendsResolver(reader, merger, problems).resolve(file);
        if (resolved.isEmpty()) {
            throw new ScenarioException(problems.messages());
        }
        ConfigNode tree = resolved.get();
        OverrideApplier applier = new OverrideApplier(reader, merger, problems);
        for (SetOverride override : overrides) {
            tree = applier.apply(tree, override);
        }
        ValidatedValues values = new TreeValidator(problems).validate(SHAPE, tree);
        new ConsistencyRules(values, problems).check();
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems.messages());
        }
        Scenario scenario = new ScenarioAssembler(values).build();
        WorkEstimate.of(scenario).overLimit().ifPresent(tooMuch ->
                problems.add(values.where(INFLOW), INFLOW, tooMuch));
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems.messages());
        }
        return new LoadedScenario(scenario, values.values(), values.origins());
    }
}
