package nl.ketensim.reference;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * The comment written beside each key of a YAML file, by key path ({@code population.women_share},
 * {@code population.stay_days}); keys inside list items are not read. A comment continues on the
 * directly following lines that hold only a comment indented deeper than the key's children, as
 * in {@code scenarios/basis.yaml}:
 * <pre>
 *   toezicht_share: 0.45            # 18-21k under supervision from all three organisations,
 *                                   # not all after detention: 45% of releases (E)
 * </pre>
 */
final class TrailingComments {

    /** Children of a key are indented by this many columns; deeper comment lines continue its comment. */
    private static final int CHILD_INDENT = 2;

    private final List<String> lines;
    private final Map<String, String> byPath = new LinkedHashMap<>();

    private TrailingComments(String text) {
        this.lines = text.lines().toList();
    }

    /**
     * @param file a well-formed YAML file whose root is a mapping
     * @return comment text (without {@code #}, continuation lines joined by a space) by key path;
     *         keys without a comment are absent
     */
    static Map<String, String> read(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        TrailingComments comments = new TrailingComments(text);
        new Compose(LoadSettings.builder().setLabel(file.toString()).build()).composeString(text)
                .ifPresent(root -> comments.walk(root, ""));
        return comments.byPath;
    }

    private void walk(Node node, String path) {
        if (!(node instanceof MappingNode mapping)) {
            return;
        }
        for (NodeTuple tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                continue;
            }
            String keyPath = path.isEmpty() ? key.getValue() : path + "." + key.getValue();
            Optional<Mark> mark = key.getStartMark();
            mark.flatMap(m -> commentAt(m.getLine(), m.getColumn())).ifPresent(c -> byPath.put(keyPath, c));
            walk(tuple.getValueNode(), keyPath);
        }
    }

    /** The comment on line {@code line} (0-based) after column {@code keyColumn}, with its continuation. */
    private Optional<String> commentAt(int line, int keyColumn) {
        int start = commentStart(lines.get(line), keyColumn);
        if (start < 0) {
            return Optional.empty();
        }
        StringBuilder text = new StringBuilder(lines.get(line).substring(start + 1).strip());
        for (int next = line + 1; next < lines.size(); next++) {
            String candidate = lines.get(next);
            int hash = candidate.indexOf('#');
            boolean onlyComment = hash >= 0 && candidate.substring(0, hash).isBlank();
            if (!onlyComment || hash <= keyColumn + CHILD_INDENT) {
                break;
            }
            text.append(' ').append(candidate.substring(hash + 1).strip());
        }
        return Optional.of(text.toString().strip()).filter(t -> !t.isEmpty());
    }

    /**
     * Index of the {@code #} that starts a comment on {@code line} at or after {@code from}: one
     * preceded by white space and outside quoted scalars; -1 if none.
     */
    static int commentStart(String line, int from) {
        char quote = 0;
        char previous = ' ';
        char lastSignificant = ':';
        for (int i = from; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote == '"' && c == '\\') {
                i++;
            } else if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if ((c == '"' || c == '\'') && ":,[{-".indexOf(lastSignificant) >= 0
                    && Character.isWhitespace(previous) || (c == '"' || c == '\'') && "[{,".indexOf(previous) >= 0) {
                quote = c;
            } else if (c == '#' && Character.isWhitespace(previous)) {
                return i;
            }
            if (!Character.isWhitespace(c)) {
                lastSignificant = c;
            }
            previous = c;
        }
        return -1;
    }
}
