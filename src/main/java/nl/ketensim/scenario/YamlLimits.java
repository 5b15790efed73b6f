package nl.ketensim.scenario;

import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.Mark;

/**
 * Limits on the size of a scenario document, so that hostile or broken YAML is refused with a
 * position instead of exhausting the stack or memory: text length, nesting depth, aliases,
 * values after alias expansion, and the length of an {@code extends} chain. {@code basis.yaml} is about 12 kB, 4 levels deep, with no alias
 * and about 500 values. The depth is checked on SnakeYAML's event stream, whose parser keeps its
 * own stack; its composer, which builds the node tree, recurses once per level.
 */
final class YamlLimits {

    /** Longest scenario text (characters): about 80 times basis.yaml. */
    static final int MAX_CHARS = 1 << 20;
    /** Largest scenario file (bytes) read at all: a UTF-8 character has at most 4 bytes. */
    static final long MAX_BYTES = 4L * MAX_CHARS;
    /** Deepest nesting of mappings and lists. */
    static final int MAX_DEPTH = 50;
    /** Most aliases ({@code *name}) in one document. */
    static final int MAX_ALIASES = 50;
    /** Most files in one {@code extends} chain (each file is read and merged in turn). */
    static final int MAX_EXTENDS = 20;
    /** Most values after alias expansion. */
    static final int MAX_NODES = 100_000;

    private YamlLimits() { }

    /** A limit that was exceeded: what, and where (when known). */
    record Exceeded(String reason, Mark mark) { }

    /** The settings of every parse and compose: SnakeYAML's own alias limit is at least ours. */
    static LoadSettings settings() {
        return LoadSettings.builder().setLabel("scenario").setMaxAliasesForCollections(MAX_ALIASES)
                .setCodePointLimit((int) MAX_BYTES).build();
    }

    /**
     * Checks length, depth and aliases before the text is composed; malformed YAML is left to the
     * composer's message.
     *
     * @return the first limit exceeded, or empty
     */
    static Optional<Exceeded> check(String text) {
        if (text.length() > MAX_CHARS) {
            return Optional.of(new Exceeded("document too large: " + text.length() + " characters; at most "
                    + MAX_CHARS + " allowed", null));
        }
        int depth = 0;
        int aliases = 0;
        for (Event event : new Parse(settings()).parseString(text)) {
            switch (event.getEventId()) {
                case MappingStart, SequenceStart -> {
                    if (++depth > MAX_DEPTH) {
                        return Optional.of(new Exceeded("nested deeper than " + MAX_DEPTH + " levels",
                                event.getStartMark().orElse(null)));
                    }
                }
                case MappingEnd, SequenceEnd -> depth--;
                case Alias -> {
                    if (++aliases > MAX_ALIASES) {
                        return Optional.of(new Exceeded("more than " + MAX_ALIASES + " aliases",
                                event.getStartMark().orElse(null)));
                    }
                }
                default -> { }
            }
        }
        return Optional.empty();
    }

    /** The exceeded limit of alias expansion at {@code mark}. */
    static Exceeded tooManyValues(Mark mark) {
        return new Exceeded("more than " + MAX_NODES + " values after alias expansion", mark);
    }

    /** The exceeded depth after alias expansion at {@code mark}. */
    static Exceeded tooDeep(Mark mark) {
        return new Exceeded("nested deeper than " + MAX_DEPTH + " levels after alias expansion", mark);
    }
}
