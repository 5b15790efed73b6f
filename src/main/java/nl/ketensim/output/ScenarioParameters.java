package nl.ketensim.output;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.ketensim.scenario.LoadedScenario;
import nl.ketensim.scenario.ParameterCatalog;
import nl.ketensim.scenario.ParameterSpec;
import nl.ketensim.scenario.Scenario;
import nl.ketensim.scenario.ScenarioException;
import nl.ketensim.scenario.ScenarioLoader;

/**
 * The resolved scenario as a list of parameters with value, unit, origin and source comment, in
 * the order of {@link ParameterCatalog}. Values are read at their origin in the scenario files (or
 * from the {@code --set} text); a relative value ({@code +25%}, {@code x1.5}) is applied to the
 * value it overrides, found by following {@code extends}, so every value shown is the one the run
 * used.
 */
public final class ScenarioParameters {

    private static final Pattern PERCENT = Pattern.compile("([+-])([0-9]+(?:\\.[0-9]+)?)%");
    private static final Pattern TIMES = Pattern.compile("x([0-9]+(?:\\.[0-9]+)?)");
    private static final Pattern LIST_INDEX = Pattern.compile("\\[(\\d+)]");

    private final ScenarioSourceText text = new ScenarioSourceText();
    private final Map<String, LoadedScenario> loaded = new HashMap<>();

    private ScenarioParameters() { }

    /**
     * @param file      the scenario file as given on the command line
     * @param overrides {@code --set} overrides in command-line order
     */
    public static List<ScenarioParameter> of(Path file, List<String> overrides) throws ScenarioException, IOException {
        return new ScenarioParameters().build(file, overrides);
    }

    private List<ScenarioParameter> build(Path file, List<String> overrides) throws ScenarioException, IOException {
        LoadedScenario scenario = ScenarioLoader.loadWithOrigins(file, overrides);
        List<ScenarioParameter> rows = new ArrayList<>();
        for (Map.Entry<String, String> entry : scenario.origins().entrySet()) {
            String path = entry.getKey();
            String origin = entry.getValue();
            String unit = ParameterCatalog.find(path).map(ParameterSpec::unit).orElse("");
            rows.add(new ScenarioParameter(path, value(scenario.scenario(), path, origin, file), unit == null ? "" : unit,
                    origin, sourceWithRelative(origin)));
        }
        List<ParameterSpec> catalog = ParameterCatalog.all();
        rows.sort(Comparator.comparing((ScenarioParameter p) -> sortKey(p.path(), catalog)));
        return rows;
    }

    private String value(Scenario scenario, String path, String origin, Path file) throws IOException {
        if (path.equals("name")) {
            return scenario.name();
        }
        if (path.equals("description")) {
            return scenario.description();
        }
        String literal = literal(origin);
        if (!isRelative(literal)) {
            return literal;
        }
        Optional<BigDecimal> base;
        if (origin.startsWith("--set ")) {
            base = resolved(path, file.toString());
        } else {
            Optional<String> parent = ScenarioSourceText.Position.parse(origin)
                    .flatMap(p -> parentOfQuietly(p.file()));
            base = parent.isPresent() ? resolved(path, parent.get()) : Optional.empty();
        }
        return base.map(b -> plain(b.multiply(factor(literal)))).orElse(literal);
    }

    /** The value a scenario file alone gives {@code path}, following relative values up its chain. */
    private Optional<BigDecimal> resolved(String path, String file) throws IOException {
        LoadedScenario scenario = load(file);
        if (scenario == null || !scenario.origins().containsKey(path)) {
            return Optional.empty();
        }
        String origin = scenario.origins().get(path);
        String literal = literal(origin);
        if (!isRelative(literal)) {
            return number(literal);
        }
        Optional<String> parent = ScenarioSourceText.Position.parse(origin).flatMap(p -> parentOfQuietly(p.file()));
        if (parent.isEmpty()) {
            return Optional.empty();
        }
        return resolved(path, parent.get()).map(b -> b.multiply(factor(literal)));
    }

    private LoadedScenario load(String file) {
        return loaded.computeIfAbsent(file, f -> {
            try {
                return ScenarioLoader.loadWithOrigins(Path.of(f), List.of());
            } catch (ScenarioException e) {
                return null;
            }
        });
    }

    private Optional<String> parentOfQuietly(String file) {
        try {
            return text.parentOf(file);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private String literal(String origin) throws IOException {
        if (origin.startsWith("--set ")) {
            String assignment = origin.substring("--set ".length());
            return assignment.substring(assignment.indexOf('=') + 1).trim();
        }
        Optional<ScenarioSourceText.Position> p = ScenarioSourceText.Position.parse(origin);
        return p.isPresent() ? text.scalarAt(p.get()) : "";
    }

    /** The source comment; for a relative value also what it was written as, e.g. "+25% of the inherited value". */
    private String sourceWithRelative(String origin) throws IOException {
        String source = source(origin);
        String literal = literal(origin);
        if (!isRelative(literal)) {
            return source;
        }
        return (source.isEmpty() ? "" : source + "; ") + literal + " of the inherited value";
    }

    private String source(String origin) throws IOException {
        Optional<ScenarioSourceText.Position> p = ScenarioSourceText.Position.parse(origin);
        return p.isPresent() ? text.sourceAt(p.get()) : "";
    }

    static boolean isRelative(String literal) {
        return PERCENT.matcher(literal).matches() || TIMES.matcher(literal).matches();
    }

    static BigDecimal factor(String literal) {
        Matcher percent = PERCENT.matcher(literal);
        if (percent.matches()) {
            BigDecimal change = new BigDecimal(percent.group(2)).movePointLeft(2);
            return percent.group(1).equals("+") ? BigDecimal.ONE.add(change) : BigDecimal.ONE.subtract(change);
        }
        Matcher times = TIMES.matcher(literal);
        if (times.matches()) {
            return new BigDecimal(times.group(1));
        }
        throw new IllegalArgumentException("not a relative value: " + literal);
    }

    private static Optional<BigDecimal> number(String literal) {
        try {
            return Optional.of(new BigDecimal(literal.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String plain(BigDecimal value) {
        return value.compareTo(BigDecimal.ZERO) == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }

    /**
     * Orders by catalog position; items of a list stay together (all fields of item 0, then item 1)
     * at the place of the list's first field in the catalog.
     */
    private static String sortKey(String path, List<ParameterSpec> catalog) {
        String pattern = LIST_INDEX.matcher(path).replaceAll("[]");
        int own = indexOf(pattern, catalog);
        Matcher index = LIST_INDEX.matcher(path);
        if (!index.find()) {
            return String.format("%05d.%05d.%05d", own, 0, own);
        }
        String listPrefix = pattern.substring(0, pattern.indexOf("[]") + 2);
        int first = Integer.MAX_VALUE;
        for (int i = 0; i < catalog.size(); i++) {
            if (catalog.get(i).path().startsWith(listPrefix)) {
                first = Math.min(first, i);
            }
        }
        return String.format("%05d.%05d.%05d", first == Integer.MAX_VALUE ? own : first,
                Integer.parseInt(index.group(1)), own);
    }

    private static int indexOf(String pattern, List<ParameterSpec> catalog) {
        for (int i = 0; i < catalog.size(); i++) {
            if (catalog.get(i).path().equals(pattern)) {
                return i;
            }
        }
        return 99999;
    }
}
