package nl.ketensim.report;

import java.util.ArrayList;
import java.util.List;

/** A simple HTML table: header cells and rows of text cells (escaped when rendered). */
final class HtmlTable {

    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();
    private final List<Boolean> numeric;

    /** @param numeric per column whether it is right-aligned (numbers) */
    HtmlTable(List<String> header, List<Boolean> numeric) {
        this.header = List.copyOf(header);
        this.numeric = List.copyOf(numeric);
    }

    HtmlTable row(List<String> cells) {
        rows.add(List.copyOf(cells));
        return this;
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    String render(String cssClass) {
        StringBuilder out = new StringBuilder("<table class=\"").append(cssClass).append("\">\n<thead><tr>");
        for (int i = 0; i < header.size(); i++) {
            out.append(numeric.get(i) ? "<th class=\"num\">" : "<th>").append(Html.escape(header.get(i))).append("</th>");
        }
        out.append("</tr></thead>\n<tbody>\n");
        for (List<String> row : rows) {
            out.append("<tr>");
            for (int i = 0; i < row.size(); i++) {
                out.append(numeric.get(i) ? "<td class=\"num\">" : "<td>").append(Html.escape(row.get(i))).append("</td>");
            }
            out.append("</tr>\n");
        }
        return out.append("</tbody>\n</table>\n").toString();
    }
}
