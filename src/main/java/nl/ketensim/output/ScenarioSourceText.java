package nl.ketensim.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads values and source comments out of scenario files by position ({@code file:line:column}
 * as the loader reports origins): the scalar written there, the {@code #} comment on its line (with
 * comment-only continuation lines aligned under it), or the comment of the enclosing key.
 */
final class ScenarioSourceText {

    private static final Pattern POSITION = Pattern.compile("(.+):(\\d+):(\\d+)");
    private static final Pattern EXTENDS = Pattern.compile("^extends:\\s*[\"']?([^\"'#\\s]+)");

    private final Map<String, List<String>> files = new HashMap<>();

    /** A parsed {@code file:line:column}; line and column 1-based. */
    record Position(String file, int line, int column) {
        static Optional<Position> parse(String origin) {
            Matcher m = POSITION.matcher(origin);
            return m.matches() ? Optional.of(new Position(m.group(1), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)))) : Optional.empty();
        }
    }

    List<String> lines(String file) throws IOException {
        List<String> lines = files.get(file);
        if (lines == null) {
            lines = Files.readAllLines(Path.of(file), StandardCharsets.UTF_8);
            files.put(file, lines);
        }
        return lines;
    }

    /** The scalar written at the position, without quotes and trailing comment. */
    String scalarAt(Position p) throws IOException {
        String line = line(p);
        int start = Math.min(Math.max(p.column() - 1, 0), line.length());
        String rest = line.substring(start);
        if (rest.startsWith("\"") || rest.startsWith("'")) {
            int end = rest.indexOf(rest.charAt(0), 1);
            return end < 0 ? rest.substring(1) : rest.substring(1, end);
        }
        boolean inFlow = depth(line.substring(0, start)) > 0;
        int end = rest.length();
        for (int i = 0; i < rest.length(); i++) {
            char c = rest.charAt(i);
            if (c == '#' && (i == 0 || Character.isWhitespace(rest.charAt(i - 1)))
                    || inFlow && (c == ',' || c == '}' || c == ']')) {
                end = i;
                break;
            }
        }
        return rest.substring(0, end).trim();
    }

    /**
     * The source comment for the value at the position: its line's comment plus aligned
     * continuation lines, else the nearest enclosing key's comment prefixed with {@code ↑ }.
     */
    String sourceAt(Position p) throws IOException {
        List<String> lines = lines(p.file());
        int index = p.line() - 1;
        String own = commentWithContinuation(lines, index);
        if (!own.isEmpty()) {
            return own;
        }
        int indent = indentOf(lines.get(index));
        for (int i = index - 1; i >= 0 && indent > 0; i--) {
            String line = lines.get(i);
            if (line.isBlank() || line.trim().startsWith("#")) {
                continue;
            }
            int lineIndent = indentOf(line);
            if (lineIndent < indent) {
                String comment = commentWithContinuation(lines, i);
                if (!comment.isEmpty()) {
                    return "↑ " + comment;
                }
                indent = lineIndent;
            }
        }
        return "";
    }

    /** The file a scenario file extends, resolved against its folder; empty when it extends none. */
    Optional<String> parentOf(String file) throws IOException {
        for (String line : lines(file)) {
            Matcher m = EXTENDS.matcher(line);
            if (m.find()) {
                Path parent = Path.of(file).resolveSibling(m.group(1));
                return Optional.of(parent.toString());
            }
        }
        return Optional.empty();
    }

    private String line(Position p) throws IOException {
        List<String> lines = lines(p.file());
        return p.line() >= 1 && p.line() <= lines.size() ? lines.get(p.line() - 1) : "";
    }

    private static String commentWithContinuation(List<String> lines, int index) {
        String line = lines.get(index);
        int hash = commentStart(line);
        if (hash < 0) {
            return "";
        }
        StringBuilder text = new StringBuilder(line.substring(hash + 1).trim());
        for (int i = index + 1; i < lines.size(); i++) {
            String next = lines.get(i);
            String trimmed = next.trim();
            int nextHash = next.indexOf('#');
            if (!trimmed.startsWith("#") || nextHash < hash) {
                break;
            }
            text.append(' ').append(trimmed.substring(1).trim());
        }
        return text.toString();
    }

    /** Index of the {@code #} that starts a comment (outside quotes, after whitespace), or -1. */
    static int commentStart(String line) {
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '#' && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))) {
                return i;
            }
        }
        return -1;
    }

    private static int depth(String text) {
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                depth--;
            }
        }
        return depth;
    }

    private static int indentOf(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '-')) {
            i++;
        }
        return i;
    }
}
