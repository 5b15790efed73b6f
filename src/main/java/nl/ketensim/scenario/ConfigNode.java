package nl.ketensim.scenario;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The raw scenario tree: YAML mappings, lists and scalars, each remembering its {@link Origin}.
 * Immutable; merging {@code extends} parents and overrides builds new trees.
 */
sealed interface ConfigNode permits ConfigNode.Scalar, ConfigNode.Sequence, ConfigNode.Mapping {

    /** Where this node starts. */
    Origin origin();

    /** How the node is shown after "got": the quoted text, {@code nothing}, {@code a list}... */
    String shown();

    /** A scalar; {@code text} is null for a YAML null or an empty value. */
    record Scalar(String text, Origin origin) implements ConfigNode {
        @Override
        public String shown() {
            return text == null ? "nothing" : "\"" + text + "\"";
        }
    }

    /** A list. */
    record Sequence(List<ConfigNode> items, Origin origin) implements ConfigNode {
        public Sequence {
            items = List.copyOf(items);
        }

        @Override
        public String shown() {
            return "a list";
        }
    }

    /** A mapping, in the key order of the file. */
    record Mapping(Map<String, Entry> entries, Origin origin) implements ConfigNode {
        public Mapping {
            entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        }

        @Override
        public String shown() {
            return "a mapping";
        }

        /** The same mapping without {@code key}. */
        Mapping without(String key) {
            Map<String, Entry> rest = new LinkedHashMap<>(entries);
            rest.remove(key);
            return new Mapping(rest, origin);
        }
    }

    /**
     * One key of a mapping.
     *
     * @param keyOrigin where the key is written; problems about the whole value point here
     */
    record Entry(String key, Origin keyOrigin, ConfigNode value) { }
}
