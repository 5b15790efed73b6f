package nl.ketensim.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a loaded scenario as a complete scenario file: every parameter, in the key layout and
 * order of {@link ParameterCatalog} (that of {@code scenarios/basis.yaml}), with {@code extends}
 * and relative values resolved. {@link ScenarioLoader} reads the text back to an equal
 * {@link Scenario}.
 *
 * <p>Without origins, list items are written on one line each ({@code - {from: 0, to: 7}});
 * with origins, every value is on its own line followed by {@code # <origin>}
 * ({@code file:line:column} or {@code --set path=value}). Long text is folded ({@code >-}).
 */
public final class ScenarioYaml {

    private static final Shape.Section SHAPE = Shape.of(ParameterCatalog.all());
    private static final int INDENT = 2;
    /** Column (0-based) where origin comments start, when the value line is shorter. */
    private static final int COMMENT_COLUMN = 48;
    /** Lines of folded text are wrapped before this column. */
    private static final int WIDTH = 96;
    /** Text longer than this is folded over several lines, except inside one-line list items. */
    private static final int FOLD_ABOVE = 72;

    private final Map<String, Object> values;
    private final Map<String, String> origins;
    private final boolean withOrigins;
    private final List<String> lines = new ArrayList<>();

    private ScenarioYaml(LoadedScenario loaded, boolean withOrigins) {
        this.values = loaded.values();
        this.origins = loaded.origins();
        this.withOrigins = withOrigins;
    }

    /**
     * @param loaded      a scenario loaded with {@link ScenarioLoader#loadWithOrigins}
     * @param withOrigins whether each value line ends with {@code # <origin>}
     * @return the YAML text, {@code \n} line ends, ending with a line end
     */
    public static String write(LoadedScenario loaded, boolean withOrigins) {
        ScenarioYaml writer = new ScenarioYaml(loaded, withOrigins);
        writer.topLevel();
        return String.join("\n", writer.lines) + "\n";
    }

    private void topLevel() {
        SHAPE.children().forEach((key, shape) -> {
            if (!(shape instanceof Shape.Leaf) && !lines.isEmpty()) {
                lines.add("");
            }
            entry(key, shape, key, 0);
        });
    }

    private void entry(String key, Shape shape, String path, int indent) {
        if (shape instanceof Shape.Leaf) {
            leaf(key, path, indent);
        } else if (shape instanceof Shape.Section section) {
            lines.add(pad(indent) + key + ":");
            section.children().forEach((child, childShape) ->
                    entry(child, childShape, FieldPaths.child(path, child), indent + INDENT));
        } else {
            lines.add(pad(indent) + key + ":");
            Shape.Section item = ((Shape.ListOf) shape).item();
            for (int i = 0; i < size(path); i++) {
                listItem(item, FieldPaths.item(path, i), indent + INDENT);
            }
        }
    }

    private void leaf(String key, String path, int indent) {
        Object value = require(path);
        String prefix = pad(indent) + key + ":";
        if (value instanceof String text && text.length() > FOLD_ABOVE && !YamlScalar.isPlain(text)
                && YamlScalar.isFoldable(text)) {
            lines.add(withOrigin(prefix + " >-", path));
            lines.addAll(folded(text, pad(indent + INDENT)));
        } else {
            lines.add(withOrigin(prefix + " " + YamlScalar.of(value), path));
        }
    }

    /** One item of a list of sections: {@code - {a: 1, b: 2}}, or in block form with origins. */
    private void listItem(Shape.Section item, String path, int indent) {
        boolean flat = item.children().values().stream().allMatch(s -> s instanceof Shape.Leaf);
        if (flat && !withOrigins) {
            List<String> pairs = new ArrayList<>();
            item.children().keySet().forEach(key ->
                    pairs.add(key + ": " + YamlScalar.of(require(FieldPaths.child(path, key)))));
            lines.add(pad(indent) + "- {" + String.join(", ", pairs) + "}");
            return;
        }
        int first = lines.size();
        item.children().forEach((key, shape) ->
                entry(key, shape, FieldPaths.child(path, key), indent + INDENT));
        lines.set(first, pad(indent) + "- " + lines.get(first).substring(indent + INDENT));
    }

    /** Number of items of the list at {@code path}: indexes 0.. that have values. */
    private int size(String path) {
        int n = 0;
        while (hasItem(path + "[" + n + "]")) {
            n++;
        }
        return n;
    }

    private boolean hasItem(String itemPath) {
        String prefix = itemPath + ".";
        return values.keySet().stream().anyMatch(p -> p.startsWith(prefix));
    }

    private Object require(String path) {
        Object value = values.get(path);
        if (value == null) {
            throw new IllegalArgumentException("the loaded scenario has no value at " + path);
        }
        return value;
    }

    private String withOrigin(String line, String path) {
        if (!withOrigins) {
            return line;
        }
        String origin = origins.getOrDefault(path, "unknown");
        int column = Math.max(COMMENT_COLUMN, line.length() + 2);
        return String.format(Locale.ROOT, "%-" + column + "s# %s", line, origin);
    }

    /** Text broken at single spaces into lines shorter than {@link #WIDTH}; folding joins them again. */
    private static List<String> folded(String text, String indent) {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && indent.length() + line.length() + 1 + word.length() >= WIDTH) {
                out.add(indent + line);
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        out.add(indent + line);
        return out;
    }

    private static String pad(int indent) {
        return " ".repeat(indent);
    }
}
