package nl.ketensim.scenario;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The structure a scenario must have, derived from the leaf paths of {@link ParameterCatalog}:
 * {@code population.stay_days[].from} makes {@code population} a section, {@code stay_days} a
 * list of sections and {@code from} a leaf.
 */
sealed interface Shape permits Shape.Section, Shape.ListOf, Shape.Leaf {

    /** What a valid value looks like, for "missing; expected ..." messages. */
    String expected();

    /** A mapping with fixed keys, in catalog order. */
    record Section(Map<String, Shape> children) implements Shape {
        @Override
        public String expected() {
            return "a mapping with keys " + String.join(", ", children.keySet());
        }
    }

    /** A non-empty list whose items are sections. */
    record ListOf(Section item) implements Shape {
        @Override
        public String expected() {
            return "a list of items with keys " + String.join(", ", item.children().keySet());
        }
    }

    /** One parameter. */
    record Leaf(ParameterSpec spec) implements Shape {
        @Override
        public String expected() {
            return spec.expected();
        }
    }

    /** The shape of a whole scenario. */
    static Section of(List<ParameterSpec> specs) {
        Map<String, Object> root = new LinkedHashMap<>();
        for (ParameterSpec spec : specs) {
            insert(root, spec.path().split("\\."), 0, spec);
        }
        return freeze(root);
    }

    /** Builds nested maps; a list segment {@code name[]} is stored under {@code name[]}. */
    @SuppressWarnings("unchecked")
    private static void insert(Map<String, Object> node, String[] segments, int i, ParameterSpec spec) {
        String segment = segments[i];
        if (i == segments.length - 1) {
            node.put(segment, spec);
            return;
        }
        Object child = node.computeIfAbsent(segment, k -> new LinkedHashMap<String, Object>());
        insert((Map<String, Object>) child, segments, i + 1, spec);
    }

    @SuppressWarnings("unchecked")
    private static Section freeze(Map<String, Object> node) {
        Map<String, Shape> children = new LinkedHashMap<>();
        node.forEach((segment, child) -> {
            if (child instanceof ParameterSpec spec) {
                children.put(segment, new Leaf(spec));
            } else if (segment.endsWith("[]")) {
                children.put(segment.substring(0, segment.length() - 2),
                        new ListOf(freeze((Map<String, Object>) child)));
            } else {
                children.put(segment, freeze((Map<String, Object>) child));
            }
        });
        return new Section(Collections.unmodifiableMap(children));
    }
}
