package nl.ketensim.scenario;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
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
 * Stage 1: reads YAML text into a {@link ConfigNode} tree with SnakeYAML Engine's composer, so
 * every node keeps its position. Reports missing files, malformed YAML, duplicate keys and
 * non-text keys; never throws.
 */
final class YamlTreeReader {

    /** Plain scalars that YAML 1.2 reads as null. */
    private static final Set<String> NULLS = Set.of("", "~", "null", "Null", "NULL");

    private final Problems problems;

    YamlTreeReader(Problems problems) {
        this.problems = problems;
    }

    /**
     * Reads a scenario file.
     *
     * @param file the file; problems name it as {@code file.toString()}
     * @return the root node, or empty when the file could not be read (problems recorded)
     */
    Optional<ConfigNode> readFile(Path file) {
        String name = file.toString();
        Origin whole = new Origin.WholeFile(name);
        if (Files.isDirectory(file)) {
            problems.add(whole, null, "is a directory, not a scenario file");
            return Optional.empty();
        }
        if (!Files.exists(file)) {
            problems.add(whole, null, "file not found");
            return Optional.empty();
        }
        String text;
        try {
            if (Files.size(file) > YamlLimits.MAX_BYTES) {
                problems.add(new Origin.InFile(name, 1, 1), null, "scenario too large: " + Files.size(file)
                        + " bytes; at most " + YamlLimits.MAX_BYTES + " allowed");
                return Optional.empty();
            }
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            problems.add(whole, null, "file not readable: not UTF-8 text");
            return Optional.empty();
        } catch (IOException | SecurityException e) {
            problems.add(whole, null, "file not readable (" + e.getClass().getSimpleName() + ")");
            return Optional.empty();
        }
        try {
            Optional<ConfigNode> root = compose(text, mark -> mark
                    .<Origin>map(m -> new Origin.InFile(name, m.getLine() + 1, m.getColumn() + 1))
                    .orElse(whole));
            if (root.isEmpty()) {
                problems.add(whole, null, "file is empty; expected a scenario");
            }
            return root;
        } catch (Malformed e) {
            Origin where = e.mark != null ? new Origin.InFile(name, e.mark.getLine() + 1, e.mark.getColumn() + 1)
                    : e.limit ? new Origin.InFile(name, 1, 1) : whole;
            problems.add(where, null, (e.limit ? "scenario too large: " : "malformed YAML: ") + e.reason);
            return Optional.empty();
        }
    }

    /**
     * Reads the value of a {@code --set} override; every node gets the override's origin.
     *
     * @return the value (an empty value is a null scalar), or empty when malformed (problem recorded)
     */
    Optional<ConfigNode> readOverrideValue(String text, Origin.FromOverride origin) {
        try {
            return Optional.of(compose(text, mark -> origin).orElse(new ConfigNode.Scalar(null, origin)));
        } catch (Malformed e) {
            problems.add(origin, null, (e.limit ? "value too large: " : "malformed value: ") + e.reason);
            return Optional.empty();
        }
    }

    private Optional<ConfigNode> compose(String text, Function<Optional<Mark>, Origin> origins)
            throws Malformed {
        Optional<Node> root;
        try {
            Optional<YamlLimits.Exceeded> exceeded = YamlLimits.check(text);
            if (exceeded.isPresent()) {
                throw new Malformed(exceeded.get().reason(), exceeded.get().mark(), true);
            }
            root = new Compose(YamlLimits.settings()).composeString(text);
        } catch (MarkedYamlEngineException e) {
            Optional<Mark> mark = e.getProblemMark().or(e::getContextMark);
            String reason = e.getProblem() != null ? e.getProblem() : e.getContext();
            throw new Malformed(shorten(reason), mark.orElse(null), false);
        } catch (YamlEngineException e) {
            throw new Malformed(shorten(e.getMessage()), null, false);
        }
        if (root.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Converter(origins).convert(root.get(), "", 0));
        } catch (LimitReached e) {
            throw new Malformed(e.exceeded.reason(), e.exceeded.mark(), true);
        }
    }

    private static String shorten(String reason) {
        if (reason == null || reason.isBlank()) {
            return "unreadable YAML";
        }
        String firstLine = reason.strip().lines().findFirst().orElse("");
        return firstLine.replaceAll("\\s+", " ");
    }

    /** Turns SnakeYAML nodes into {@link ConfigNode}s. */
    private final class Converter {

        private final Function<Optional<Mark>, Origin> origins;
        private final Set<Node> onPath = Collections.newSetFromMap(new IdentityHashMap<>());
        private int nodeCount;

        Converter(Function<Optional<Mark>, Origin> origins) {
            this.origins = origins;
        }

        ConfigNode convert(Node node, String path, int depth) {
            if (++nodeCount > YamlLimits.MAX_NODES) {
                throw new LimitReached(YamlLimits.tooManyValues(node.getStartMark().orElse(null)));
            }
            if (depth > YamlLimits.MAX_DEPTH) {
                throw new LimitReached(YamlLimits.tooDeep(node.getStartMark().orElse(null)));
            }
            Origin origin = origins.apply(node.getStartMark());
            if (node instanceof ScalarNode scalar) {
                String value = scalar.getValue();
                boolean isNull = scalar.isPlain() && NULLS.contains(value);
                return new ConfigNode.Scalar(isNull ? null : value, origin);
            }
            if (!onPath.add(node)) {
                problems.add(origin, path, "recursive alias is not allowed");
                return new ConfigNode.Scalar(null, origin);
            }
            try {
                if (node instanceof SequenceNode sequence) {
                    List<Node> items = sequence.getValue();
                    List<ConfigNode> converted = new ArrayList<>();
                    for (int i = 0; i < items.size(); i++) {
                        converted.add(convert(items.get(i), FieldPaths.item(path, i), depth + 1));
                    }
                    return new ConfigNode.Sequence(converted, origin);
                }
                return mapping((MappingNode) node, path, origin, depth);
            } finally {
                onPath.remove(node);
            }
        }

        private ConfigNode mapping(MappingNode node, String path, Origin origin, int depth) {
            Map<String, ConfigNode.Entry> entries = new LinkedHashMap<>();
            for (NodeTuple tuple : node.getValue()) {
                Origin keyOrigin = origins.apply(tuple.getKeyNode().getStartMark());
                if (!(tuple.getKeyNode() instanceof ScalarNode keyNode)) {
                    problems.add(keyOrigin, path, "a key must be a plain name, not a list or mapping");
                    continue;
                }
                String key = keyNode.getValue();
                String keyPath = FieldPaths.child(path, key);
                ConfigNode.Entry first = entries.get(key);
                if (first != null) {
                    problems.add(keyOrigin, keyPath, "duplicate key" + firstAt(first.keyOrigin()));
                    continue;
                }
                entries.put(key, new ConfigNode.Entry(key, keyOrigin, convert(tuple.getValueNode(), keyPath, depth + 1)));
            }
            return new ConfigNode.Mapping(entries, origin);
        }

        private String firstAt(Origin first) {
            return first instanceof Origin.InFile f ? " (first at line " + f.line() + ")" : "";
        }
    }

    /** A limit of {@link YamlLimits} reached while converting; unwinds the recursion. */
    private static final class LimitReached extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient YamlLimits.Exceeded exceeded;

        LimitReached(YamlLimits.Exceeded exceeded) {
            super(exceeded.reason(), null, false, false);
            this.exceeded = exceeded;
        }
    }

    /** Malformed YAML: a short reason and, when known, its position. */
    private static final class Malformed extends Exception {
        private static final long serialVersionUID = 1L;
        private final String reason;
        private final transient Mark mark;
        private final boolean limit;

        /** @param limit whether a {@link YamlLimits} limit was exceeded (rather than the syntax broken) */
        Malformed(String reason, Mark mark, boolean limit) {
            super(reason, null, false, false);
            this.reason = reason;
            this.mark = mark;
            this.limit = limit;
        }
    }
}
