package nl.ketensim.reference;

import java.util.ArrayList;
import java.util.List;

/** A GitHub-flavoured Markdown table; cell text is escaped so it cannot break the table. */
final class MarkdownTable {

    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    MarkdownTable(String... header) {
        this.header = List.of(header);
    }

    /** Adds a row; it must have as many cells as the header. */
    MarkdownTable row(String... cells) {
        if (cells.length != header.size()) {
            throw new IllegalArgumentException("expected " + header.size() + " cells, got " + cells.length);
        }
        rows.add(List.of(cells));
        return this;
    }

    /** The table, each line ended with {@code \n}. */
    String render() {
        StringBuilder out = new StringBuilder();
        line(out, header);
        out.append('|').append("---|".repeat(header.size())).append('\n');
        rows.forEach(row -> line(out, row));
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> cells) {
        out.append('|');
        for (String cell : cells) {
            out.append(' ').append(escape(cell)).append(" |");
        }
        out.append('\n');
    }

    /**
     * Cell text on one line with {@code |} escaped and {@code <} written as {@code &lt;} where it
     * could open an HTML tag; text in backticks is left as is apart from {@code |}.
     */
    static String escape(String cell) {
        String oneLine = cell.replaceAll("\\s*\\R\\s*", " ");
        StringBuilder out = new StringBuilder();
        boolean code = false;
        for (int i = 0; i < oneLine.length(); i++) {
            char c = oneLine.charAt(i);
            char next = i + 1 < oneLine.length() ? oneLine.charAt(i + 1) : ' ';
            if (c == '`') {
                code = !code;
                out.append(c);
            } else if (c == '|') {
                out.append("\\|");
            } else if (c == '<' && !code && (Character.isLetter(next) || next == '/' || next == '!')) {
                out.append("&lt;");
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
