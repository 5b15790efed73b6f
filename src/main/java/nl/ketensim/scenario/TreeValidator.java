package nl.ketensim.scenario;

import java.util.Map;

/**
 * Stage 3: checks the merged tree against the {@link Shape} derived from {@link ParameterCatalog}:
 * unknown keys, missing keys, wrong kinds (a list where a number belongs...), and every leaf
 * through {@link ValueChecker}. Records all problems and keeps the valid values.
 */
final class TreeValidator {

    private final Problems problems;
    private final ValueChecker checker;
    private final ValidatedValues values = new ValidatedValues();

    TreeValidator(Problems problems) {
        this.problems = problems;
        this.checker = new ValueChecker(problems);
    }

    /** Validates a whole scenario tree; missing top-level keys point at the start of the root mapping. */
    ValidatedValues validate(Shape.Section shape, ConfigNode root) {
        section(shape, root, "", root.origin());
        return values;
    }

    private void check(Shape shape, ConfigNode node, String path, Origin anchor) {
        if (shape instanceof Shape.Section section) {
            section(section, node, path, anchor);
        } else if (shape instanceof Shape.ListOf list) {
            list(list, node, path, anchor);
        } else {
            ParameterSpec spec = ((Shape.Leaf) shape).spec();
            checker.check(spec, node, path).ifPresent(value -> values.put(path, value, node.origin()));
        }
    }

    /**
     * @param anchor where the section is named (its key, or the list item); missing keys point here
     */
    private void section(Shape.Section shape, ConfigNode node, String path, Origin anchor) {
        if (!(node instanceof ConfigNode.Mapping mapping)) {
            problems.add(node.origin(), path, "expected " + shape.expected(), node.shown());
            return;
        }
        values.anchor(path, anchor);
        Map<String, Shape> allowed = shape.children();
        for (ConfigNode.Entry entry : mapping.entries().values()) {
            if (!allowed.containsKey(entry.key())) {
                problems.add(entry.keyOrigin(), FieldPaths.child(path, entry.key()),
                        "unknown key; allowed: " + allowedKeys(allowed, path));
            }
        }
        allowed.forEach((key, childShape) -> {
            ConfigNode.Entry entry = mapping.entries().get(key);
            String childPath = FieldPaths.child(path, key);
            if (entry == null) {
                problems.add(anchor, childPath, "missing; expected " + childShape.expected());
            } else {
                check(childShape, entry.value(), childPath, entry.keyOrigin());
            }
        });
    }

    /** The keys allowed in the section at {@code path}; at the root also {@code extends}. */
    private static String allowedKeys(Map<String, Shape> allowed, String path) {
        String keys = String.join(", ", allowed.keySet());
        return path.isEmpty() ? keys + ", " + ParameterCatalog.EXTENDS : keys;
    }

    private void list(Shape.ListOf shape, ConfigNode node, String path, Origin anchor) {
        if (!(node instanceof ConfigNode.Sequence sequence)) {
            problems.add(node.origin(), path, "expected " + shape.expected(), node.shown());
            return;
        }
        values.anchor(path, anchor);
        if (sequence.items().isEmpty()) {
            problems.add(anchor, path, "expected at least one item");
            return;
        }
        values.listSize(path, sequence.items().size());
        for (int i = 0; i < sequence.items().size(); i++) {
            ConfigNode item = sequence.items().get(i);
            section(shape.item(), item, FieldPaths.item(path, i), item.origin());
        }
    }
}
