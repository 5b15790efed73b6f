package nl.ketensim.dossier;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import nl.ketensim.domain.Language;
import nl.ketensim.report.Html;

/** {@code dossiers.html}: an introduction, then one section per dossier with its facts, swimlane and timeline. */
public final class DossiersHtml {

    private final Language lang;
    private final Calendar calendar;

    public DossiersHtml(Language lang, Calendar calendar) {
        this.lang = lang;
        this.calendar = calendar;
    }

    private String t(String dutch, String english) {
        return lang == Language.NL ? dutch : english;
    }

    /**
     * @param title        the page title (scenario and seed)
     * @param introduction lines describing the run and the selection (plain text)
     */
    public void write(Path file, String title, List<String> introduction, List<Dossier> dossiers) throws IOException {
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"").append(lang == Language.NL ? "nl" : "en").append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n<title>").append(Html.escape(title)).append("</title>\n<style>\n")
                .append("body{font-family:sans-serif;max-width:62em;margin:1em auto;padding:0 1em;line-height:1.35}\n")
                .append(".gesimuleerd{display:inline-block;background:#D55E00;color:#fff;font-weight:bold;")
                .append("padding:0 .4em;border-radius:3px;font-size:.8em;vertical-align:middle}\n")
                .append("table{border-collapse:collapse;font-size:.9em}td,th{padding:1px 8px;text-align:left;")
                .append("vertical-align:top}tr:nth-child(even){background:#f4f4f4}\n")
                .append("section{border-top:2px solid #333;margin-top:2em}\n</style>\n</head>\n<body>\n");
        html.append("<h1>").append(Html.escape(title)).append("</h1>\n");
        for (String line : introduction) {
            html.append("<p>").append(Html.escape(line)).append("</p>\n");
        }
        Timeline timeline = new Timeline(calendar, lang);
        SwimlaneSvg swimlane = new SwimlaneSvg(lang);
        for (Dossier d : dossiers) {
            html.append("<section id=\"person-").append(d.person().number()).append("\">\n<h2>")
                    .append(t("Dossier ", "Dossier ")).append(d.person().number()).append(" — ")
                    .append(Html.escape(d.person().prison()))
                    .append(" <span class=\"gesimuleerd\">").append(t("gesimuleerd", "simulated"))
                    .append("</span></h2>\n<table>\n");
            for (String[] fact : timeline.facts(d.person())) {
                html.append("<tr><th>").append(Html.escape(fact[0])).append("</th><td>").append(Html.escape(fact[1]))
                        .append("</td></tr>\n");
            }
            html.append("</table>\n").append(swimlane.draw(d)).append("<table>\n<tr><th>")
                    .append(t("datum", "date")).append("</th><th>").append(t("partner", "partner")).append("</th><th>")
                    .append(t("stap", "step")).append("</th></tr>\n");
            for (String[] row : timeline.rows(d)) {
                html.append("<tr><td>").append(row[0]).append("</td><td>").append(Html.escape(row[1]))
                        .append("</td><td>").append(Html.escape(row[2])).append("</td></tr>\n");
            }
            html.append("</table>\n</section>\n");
        }
        html.append("</body>\n</html>\n");
        Files.writeString(file, html.toString(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
    }
}
