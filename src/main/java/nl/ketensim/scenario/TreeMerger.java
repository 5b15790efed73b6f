package nl.ketensim.scenario;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Stage 2a: lays one tree over an inherited one (a child scenario over its {@code extends}
 * parent, or an override over the scenario). Mappings merge key by key; lists and scalars are
 * replaced whole; a relative value ({@code +20%}, {@code -10%}, {@code x1.5}) at a numeric
 * parameter is applied to the inherited number.
 */
final class TreeMerger {

    private final Problems problems;

    TreeMerger(Problems problems) {
        this.problems = problems;
    }

    /**
     * @param base the inherited tree, or null when there is none
     * @param top  the tree that wins
     * @param path field path of both trees ("" for the root)
     * @return the merged tree; keys keep the inherited order, new keys come after
     */
    ConfigNode merge(ConfigNode base, ConfigNode top, String path) {
        if (top instanceof ConfigNode.Mapping topMap) {
            ConfigNode.Mapping baseMap = base instanceof ConfigNode.Mapping m ? m : null;
            return mergeMappings(baseMap, topMap, path);
        }
        if (top instanceof ConfigNode.Sequence list) {
            return replacedList(list, path);
        }
        ConfigNode.Scalar scalar = (ConfigNode.Scalar) top;
        return relativeAt(scalar, path)
                .map(relative -> apply(relative, base, scalar, path))
                .orElse(scalar);
    }

    private ConfigNode.Mapping mergeMappings(ConfigNode.Mapping base, ConfigNode.Mapping top, String path) {
        Map<String, ConfigNode.Entry> entries = new LinkedHashMap<>();
        if (base != null) {
            entries.putAll(base.entries());
        }
        for (ConfigNode.Entry entry : top.entries().values()) {
            ConfigNode.Entry inherited = entries.get(entry.key());
            ConfigNode merged = merge(inherited == null ? null : inherited.value(), entry.value(),
                    FieldPaths.child(path, entry.key()));
            entries.put(entry.key(), new ConfigNode.Entry(entry.key(), entry.keyOrigin(), merged));
        }
        return new ConfigNode.Mapping(entries, top.origin());
    }

    /** A list replaces the inherited one whole, so relative values inside it have nothing to apply to. */
    private ConfigNode replacedList(ConfigNode.Sequence list, String path) {
        for (int i = 0; i < list.items().size(); i++) {
            refuseRelativeValues(list.items().get(i), FieldPaths.item(path, i));
        }
        return list;
    }

    private void refuseRelativeValues(ConfigNode node, String path) {
        if (node instanceof ConfigNode.Mapping mapping) {
            mapping.entries().forEach((key, entry) ->
                    refuseRelativeValues(entry.value(), FieldPaths.child(path, key)));
        } else if (node instanceof ConfigNode.Sequence list) {
            replacedList(list, path);
        } else {
            ConfigNode.Scalar scalar = (ConfigNode.Scalar) node;
            relativeAt(scalar, path).ifPresent(relative -> apply(relative, null, scalar, path));
        }
    }

    private Optional<RelativeValue> relativeAt(ConfigNode.Scalar scalar, String path) {
        boolean numeric = ParameterCatalog.find(path).map(ParameterSpec::numeric).orElse(false);
        return numeric ? RelativeValue.parse(scalar.text()) : Optional.empty();
    }

    private ConfigNode apply(RelativeValue relative, ConfigNode base, ConfigNode.Scalar top, String path) {
        if (base == null) {
            problems.add(top.origin(), path, "relative value " + relative.text()
                    + " needs an inherited value to apply to; there is none"
                    + (path.contains("[") ? " (lists are replaced whole)" : ""));
            return top;
        }
        if (!(base instanceof ConfigNode.Scalar baseScalar) || !Numbers.isDecimal(baseScalar.text())) {
            problems.add(top.origin(), path, "relative value " + relative.text()
                    + " needs an inherited number to apply to; the inherited value is " + base.shown());
            return top;
        }
        return new ConfigNode.Scalar(relative.applyTo(baseScalar.text()), top.origin());
    }
}
