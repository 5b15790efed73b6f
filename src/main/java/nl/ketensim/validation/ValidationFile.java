package nl.ketensim.validation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import nl.ketensim.results.Group;
import nl.ketensim.results.MetricName;
import nl.ketensim.results.Name;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * The file of published figures ({@code scenarios/validation/published.yaml}): the basis scenario
 * they describe and the figures, checked in full. Every problem is reported at once as
 * {@code file:line:column: field: what is wrong; allowed: ...}.
 *
 * @param file    the file as given
 * @param basis   the basis scenario, resolved against the file's folder
 * @param figures the figures in file order
 */
public record ValidationFile(Path file, Path basis, List<PublishedFigure> figures) {

    /** Where the shipped file lies, relative to a folder of scenarios. */
    public static final Path IN_SCENARIO_FOLDER = Path.of("validation", "published.yaml");

    private static final Set<String> TOP_KEYS = Set.of("basis", "figures");
    private static final Set<String> FIGURE_KEYS = Set.of("metric", "group", "low", "high", "source", "confidence",
            "population", "role", "known_deviation", "status");
    private static final List<String> REQUIRED = List.of("metric", "group", "source", "confidence", "population",
            "role");
    private static final List<String> CONFIDENCES = List.of("A", "B", "C", "E");
    private static final String PENDING = "pending";
    private static final Pattern METRIC_KEY = Pattern.compile("[a-z0-9_]+(\\.[a-z0-9_]+)*");

    public ValidationFile {
        figures = List.copyOf(figures);
    }

    /** The figures the model produces (not pending). */
    public List<PublishedFigure> modelled() {
        return figures.stream().filter(f -> !f.pending()).toList();
    }

    /**
     * The file of published figures in the folder of {@code scenarioFile}
     * ({@code validation/published.yaml} beside it), if there is one; relative when the scenario's path is.
     */
    public static Optional<Path> beside(Path scenarioFile) {
        Path candidate = scenarioFile.resolveSibling(IN_SCENARIO_FOLDER);
        return Files.isRegularFile(candidate) ? Optional.of(candidate) : Optional.empty();
    }

    /**
     * Reads and checks the file.
     *
     * @throws ValidationFileException with every problem found
     */
    public static ValidationFile read(Path file) throws ValidationFileException {
        return new Reader(file).read();
    }

    /** Reads one file, collecting problems. */
    private static final class Reader {

        private final Path file;
        private final List<String> problems = new ArrayList<>();

        Reader(Path file) {
            this.file = file;
        }

        ValidationFile read() throws ValidationFileException {
            String text;
            try {
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new ValidationFileException(List.of(file + ": file not readable ("
                        + e.getClass().getSimpleName() + ")"));
            }
            Optional<Node> root;
            try {
                root = new Compose(LoadSettings.builder().setAllowDuplicateKeys(false).build()).composeString(text);
            } catch (MarkedYamlEngineException e) {
                String where = e.getProblemMark().map(this::at).orElse(file.toString());
                throw new ValidationFileException(List.of(where + ": not valid YAML: " + firstLine(e.getProblem())));
            } catch (YamlEngineException e) {
                throw new ValidationFileException(List.of(file + ": not valid YAML: " + firstLine(e.getMessage())));
            }
            if (root.isEmpty() || !(root.get() instanceof MappingNode top)) {
                throw new ValidationFileException(List.of(file + ": expected a mapping with 'basis' and 'figures'"));
            }
            Map<String, NodeTuple> entries = entries(top, TOP_KEYS, "");
            Path basis = null;
            String basisText = scalar(entries, "basis", "");
            if (basisText != null) {
                Path folder = file.toAbsolutePath().getParent();
                basis = folder.resolve(basisText).normalize();
                if (!Files.isRegularFile(basis)) {
                    problem(entries.get("basis").getValueNode(), "basis", "file not found: " + basis
                            + "; allowed: a scenario file, relative to this file");
                }
            }
            List<PublishedFigure> figures = new ArrayList<>();
            NodeTuple list = entries.get("figures");
            if (list == null) {
                problems.add(at(top) + ": figures: missing; allowed: a list of figures");
            } else if (!(list.getValueNode() instanceof SequenceNode items)) {
                problem(list.getValueNode(), "figures", "expected a list of figures");
            } else {
                Set<String> seen = new HashSet<>();
                for (int i = 0; i < items.getValue().size(); i++) {
                    figure(items.getValue().get(i), "figures[" + i + "]").ifPresent(f -> {
                        if (!seen.add(f.key())) {
                            problems.add(f.origin() + ": " + f.key() + ": listed twice; allowed: one figure per "
                                    + "group and metric");
                        } else {
                            figures.add(f);
                        }
                    });
                }
            }
            if (!problems.isEmpty()) {
                throw new ValidationFileException(problems);
            }
            return new ValidationFile(file, basis, figures);
        }

        private Optional<PublishedFigure> figure(Node node, String path) {
            if (!(node instanceof MappingNode mapping)) {
                problem(node, path, "expected a mapping with " + String.join(", ", REQUIRED));
                return Optional.empty();
            }
            int before = problems.size();
            Map<String, NodeTuple> e = entries(mapping, FIGURE_KEYS, path + ".");
            for (String key : REQUIRED) {
                if (!e.containsKey(key)) {
                    problems.add(at(mapping) + ": " + path + "." + key + ": missing");
                }
            }
            String status = scalar(e, "status", path);
            boolean pending = PENDING.equals(status);
            if (status != null && !pending) {
                problem(e.get("status").getValueNode(), path + ".status", "got '" + status + "'; allowed: "
                        + PENDING);
            }
            String metric = scalar(e, "metric", path);
            if (metric != null) {
                checkMetric(e.get("metric").getValueNode(), path + ".metric", metric, pending);
            }
            Group group = null;
            String groupKey = scalar(e, "group", path);
            if (groupKey != null) {
                group = Group.fromKey(groupKey);
                if (group == null) {
                    problem(e.get("group").getValueNode(), path + ".group", "unknown group '" + groupKey
                            + "'; allowed: " + String.join(", ", Arrays.stream(Group.values()).map(Group::key).toList()));
                }
            }
            double low = number(e, "low", path, Double.NEGATIVE_INFINITY);
            double high = number(e, "high", path, Double.POSITIVE_INFINITY);
            if (!e.containsKey("low") && !e.containsKey("high")) {
                problems.add(at(mapping) + ": " + path + ": no published range; allowed: low, high or both");
            } else if (low > high) {
                problem(e.get("high").getValueNode(), path + ".high", "below low (" + low + "); allowed: >= low");
            }
            String confidence = scalar(e, "confidence", path);
            if (confidence != null && !CONFIDENCES.contains(confidence)) {
                problem(e.get("confidence").getValueNode(), path + ".confidence", "got '" + confidence
                        + "'; allowed: " + String.join(", ", CONFIDENCES));
            }
            Role role = null;
            String roleKey = scalar(e, "role", path);
            if (roleKey != null) {
                role = Role.fromKey(roleKey);
                if (role == null) {
                    problem(e.get("role").getValueNode(), path + ".role", "got '" + roleKey + "'; allowed: "
                            + String.join(", ", Arrays.stream(Role.values()).map(Role::key).toList()));
                }
            }
            String source = scalar(e, "source", path);
            String population = scalar(e, "population", path);
            String deviation = scalar(e, "known_deviation", path);
            if (problems.size() > before) {
                return Optional.empty();
            }
            return Optional.of(new PublishedFigure(metric, group, low, high, source, confidence, population, role,
                    deviation == null ? "" : deviation, pending, at(mapping)));
        }

        private void checkMetric(Node node, String path, String metric, boolean pending) {
            if (pending) {
                if (!METRIC_KEY.matcher(metric).matches()) {
                    problem(node, path, "'" + metric + "' is not a metric name; allowed: lower-case words "
                            + "joined by '_' and '.'");
                }
                return;
            }
            Optional<MetricName> name = MetricName.parse(metric);
            if (name.isEmpty() || name.get().parts().stream().anyMatch(p -> p instanceof Name)) {
                problem(node, path, "unknown metric '" + metric + "'; allowed: a metric of summary.csv, e.g. "
                        + "releases_per_year or without_at_release.id (or status: pending for one the model does "
                        + "not produce yet)");
            }
        }

        private Map<String, NodeTuple> entries(MappingNode mapping, Set<String> allowed, String prefix) {
            Map<String, NodeTuple> entries = new LinkedHashMap<>();
            for (NodeTuple t : mapping.getValue()) {
                if (!(t.getKeyNode() instanceof ScalarNode key)) {
                    problem(t.getKeyNode(), prefix.isEmpty() ? "(key)" : prefix + "(key)", "expected a text key");
                    continue;
                }
                if (!allowed.contains(key.getValue())) {
                    problem(key, prefix + key.getValue(), "unknown field; allowed: "
                            + String.join(", ", allowed.stream().sorted().toList()));
                    continue;
                }
                entries.put(key.getValue(), t);
            }
            return entries;
        }

        /** The text of a scalar field, or null when absent or not a (non-empty) scalar (then a problem). */
        private String scalar(Map<String, NodeTuple> entries, String key, String path) {
            NodeTuple t = entries.get(key);
            if (t == null) {
                return null;
            }
            String field = path.isEmpty() ? key : path + "." + key;
            if (!(t.getValueNode() instanceof ScalarNode s) || s.getValue().isBlank()) {
                problem(t.getValueNode(), field, "expected a text");
                return null;
            }
            return s.getValue().trim();
        }

        private double number(Map<String, NodeTuple> entries, String key, String path, double absent) {
            String text = scalar(entries, key, path);
            if (text == null) {
                return absent;
            }
            try {
                double value = Double.parseDouble(text);
                if (Double.isFinite(value)) {
                    return value;
                }
            } catch (NumberFormatException ignored) {
                // reported below
            }
            problem(entries.get(key).getValueNode(), path + "." + key, "got '" + text
                    + "'; allowed: a finite number in the metric's unit (shares as 0..1)");
            return absent;
        }

        private void problem(Node node, String field, String what) {
            problems.add(at(node) + ": " + field + ": " + what);
        }

        private String at(Node node) {
            return node.getStartMark().map(this::at).orElse(file.toString());
        }

        private String at(Mark mark) {
            return file + ":" + (mark.getLine() + 1) + ":" + (mark.getColumn() + 1);
        }

        private static String firstLine(String text) {
            if (text == null) {
                return "";
            }
            int nl = text.indexOf('\n');
            return nl < 0 ? text : text.substring(0, nl);
        }
    }
}
