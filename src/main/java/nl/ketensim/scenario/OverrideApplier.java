package nl.ketensim.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Stage 2c: applies {@code --set} overrides to the merged scenario tree, in the order given.
 * The value is merged like a child file's value (so {@code +20%} applies to the current value);
 * missing keys are created, list items must exist.
 */
final class OverrideApplier {

    private final YamlTreeReader reader;
    private final TreeMerger merger;
    private final Problems problems;

    OverrideApplier(YamlTreeReader reader, TreeMerger merger, Problems problems) {
        this.reader = reader;
        this.merger = merger;
        this.problems = problems;
    }

    /** The tree with {@code override} applied; unchanged when it cannot be applied (problem recorded). */
    ConfigNode apply(ConfigNode tree, SetOverride override) {
        return reader.readOverrideValue(override.valueText(), override.origin())
                .map(value -> set(tree, override, 0, "", value))
                .orElse(tree);
    }

    private ConfigNode set(ConfigNode node, SetOverride override, int i, String path, ConfigNode value) {
        List<SetOverride.Segment> segments = override.segments();
        if (i == segments.size()) {
            return merger.merge(node, value, path);
        }
        SetOverride.Segment segment = segments.get(i);
        if (segment.isIndex()) {
            return setItem(node, override, i, path, value);
        }
        if (node != null && !(node instanceof ConfigNode.Mapping)) {
            problems.add(override.origin(), path,
                    "is not a section, so " + segment.key() + " cannot be set in it", node.shown());
            return node;
        }
        Map<String, ConfigNode.Entry> entries = new LinkedHashMap<>();
        Origin origin = override.origin();
        if (node instanceof ConfigNode.Mapping map) {
            entries.putAll(map.entries());
            origin = map.origin();
        }
        ConfigNode.Entry existing = entries.get(segment.key());
        ConfigNode child = set(existing == null ? null : existing.value(), override, i + 1,
                FieldPaths.child(path, segment.key()), value);
        boolean setHere = i == segments.size() - 1;
        Origin keyOrigin = existing == null || setHere ? override.origin() : existing.keyOrigin();
        entries.put(segment.key(), new ConfigNode.Entry(segment.key(), keyOrigin, child));
        return new ConfigNode.Mapping(entries, origin);
    }

    private ConfigNode setItem(ConfigNode node, SetOverride override, int i, String path, ConfigNode value) {
        int index = override.segments().get(i).index();
        if (!(node instanceof ConfigNode.Sequence list)) {
            problems.add(override.origin(), path, "is not a list, so [" + index + "] does not exist",
                    node == null ? "nothing" : node.shown());
            return node;
        }
        if (index >= list.items().size()) {
            problems.add(override.origin(), path, "has no item [" + index + "]; it has "
                    + list.items().size() + " items, numbered from 0");
            return node;
        }
        List<ConfigNode> items = new ArrayList<>(list.items());
        items.set(index, set(items.get(index), override, i + 1, FieldPaths.item(path, index), value));
        return new ConfigNode.Sequence(items, list.origin());
    }
}
