package nl.ketensim.report;

import java.util.Base64;
import java.util.List;
import java.util.Map;
import nl.ketensim.domain.Language;

/**
 * Renders {@code report.html}: one self-contained page with the charts embedded as PNG data URIs
 * (the SVG files beside it are linked), numbered figures and tables with captions, the key
 * findings, the scenario in full and the STRESS-DES methods.
 */
final class ReportHtml {

    private static final String STYLE = """
            body{font-family:'DejaVu Sans',Verdana,sans-serif;max-width:1100px;margin:2em auto;padding:0 1em;\
            color:#111;line-height:1.5}
            h1{font-size:1.8em;margin-bottom:.2em}h2{margin-top:2em;border-bottom:2px solid #0072B2}
            .lead{color:#333}figure{margin:2em 0}figure img{width:100%;height:auto;border:1px solid #ddd}
            figcaption,caption{font-size:.95em;text-align:left;color:#222;margin:.4em 0}
            table{border-collapse:collapse;margin:1.5em 0;font-size:.9em;width:100%}
            th,td{border-bottom:1px solid #ddd;padding:.25em .5em;vertical-align:top;text-align:left}
            th{background:#f2f2f2}.num{text-align:right;white-space:nowrap}table.key .num{white-space:normal}
            table.parameters{font-size:.8em;table-layout:fixed}table.parameters td{overflow-wrap:anywhere}
            table.parameters th:nth-child(1){width:27%}table.parameters th:nth-child(2){width:10%}\
            table.parameters th:nth-child(3){width:9%}table.parameters th:nth-child(4){width:36%}\
            table.parameters th:nth-child(5){width:18%}table.parameters td:first-child{font-family:'DejaVu Sans Mono',monospace}
            ul.findings li{margin:.4em 0}""";

    private final Results results;
    private final Language l;
    private int tables;
    private int figures;
    private final StringBuilder out = new StringBuilder();

    private ReportHtml(Results results, Language language) {
        this.results = results;
        this.l = language;
    }

    /**
     * @param charts the figures, in order
     * @param pngs   PNG bytes by figure name
     * @param chartsFolder folder name of the chart files relative to the report, e.g. {@code charts}
     */
    static String render(Results results, Language language, List<Figure> charts, Map<String, byte[]> pngs,
                         String chartsFolder) {
        return new ReportHtml(results, language).page(charts, pngs, chartsFolder);
    }

    private String page(List<Figure> charts, Map<String, byte[]> pngs, String chartsFolder) {
        Manifest m = results.manifest();
        String title = Labels.pick(l, "ketensim-rapport: ", "ketensim report: ") + Labels.subject(m, l);
        out.append("<!DOCTYPE html>\n<html lang=\"").append(l == Language.NL ? "nl" : "en").append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n<title>").append(Html.escape(title)).append("</title>\n")
                .append("<meta name=\"generator\" content=\"ketensim ").append(Html.escape(m.version())).append("\">\n")
                .append("<style>\n").append(STYLE).append("\n</style>\n</head>\n<body>\n");
        out.append("<h1>").append(Html.escape(title)).append("</h1>\n");
        results.parameter("description").ifPresent(d -> out.append("<p class=\"lead\">").append(Html.escape(d)).append("</p>\n"));
        out.append("<p class=\"lead\">").append(Html.escape(ChartStyle.provenance(m, l))).append(" · ketensim ")
                .append(Html.escape(m.version())).append(" · SHA-256 ").append(Html.escape(m.scenarioSha256())).append("</p>\n");
        table(ResultTables.provenance(results, l), "provenance");

        out.append("<h2>").append(Labels.pick(l, "1. Belangrijkste bevindingen", "1. Key findings")).append("</h2>\n<ul class=\"findings\">\n");
        for (String sentence : KeyFindings.of(results, l)) {
            out.append("<li>").append(Html.escape(sentence)).append("</li>\n");
        }
        out.append("</ul>\n<p>").append(Html.escape(Labels.pick(l,
                "Alle getallen zijn gemiddelden over de replicaties; BI = 95%-betrouwbaarheidsinterval.",
                "All numbers are means over the replications; CI = 95% confidence interval."))).append("</p>\n");

        out.append("<h2>").append(Labels.pick(l, "2. Resultaten", "2. Results")).append("</h2>\n");
        if (!results.summary().isEmpty()) {
            table(ResultTables.keyMetrics(results, l), "key");
        }
        String lastComparison = charts.stream().map(Figure::name).filter(n -> n.startsWith("vergelijking"))
                .reduce((a, b) -> b).orElse("");
        for (Figure f : charts) {
            figure(f, pngs.get(f.name()), chartsFolder);
            if (f.name().equals("knelpunten")) {
                table(ResultTables.knelpunten(results, l), "knelpunten");
            } else if (f.name().equals("validatie")) {
                table(ResultTables.validation(results, l), "validation");
            } else if (f.name().equals("knelpunten_tornado")) {
                table(ResultTables.relief(results, l), "relief");
            } else if (f.name().equals(lastComparison)) {
                table(ResultTables.comparison(results, l), "comparison");
            }
        }
        if (!results.ranking().isEmpty()) {
            if (!results.sensitivityFolder().isEmpty()) {
                String link = results.sensitivityFolder() + "/" + ReportWriter.REPORT;
                out.append("<p>").append(Html.escape(Labels.pick(l, "Gevoeligheid van deze rangorde voor geschatte "
                        + "parameters: zie ", "Sensitivity of this ranking to estimated parameters: see ")))
                        .append("<a href=\"").append(Html.escape(link)).append("\">").append(Html.escape(link))
                        .append("</a>.</p>\n");
            }
            table(ResultTables.robustness(results, l), "robustness");
        }
        if (charts.isEmpty()) {
            out.append("<p>").append(Labels.pick(l, "Deze resultatenmap bevat geen gegevens om te tekenen.",
                    "This results folder has no data to draw.")).append("</p>\n");
        }

        out.append("<h2>").append(Labels.pick(l, "3. Scenario", "3. Scenario")).append("</h2>\n");
        if (results.parameters().isEmpty()) {
            out.append("<p>").append(Html.escape(Labels.pick(l,
                    "Deze resultatenmap bevat geen scenario_parameters.csv; het scenario staat in "
                            + m.scenarioFile() + " (SHA-256 " + m.scenarioSha256() + ").",
                    "This results folder has no scenario_parameters.csv; the scenario is in " + m.scenarioFile()
                            + " (SHA-256 " + m.scenarioSha256() + ")."))).append("</p>\n");
        } else {
            out.append("<p>").append(Html.escape(Labels.pick(l,
                    "Bronnen: (A) officieel cijfer, (B) officieel via een secundaire bron, (C) onderzoek of pers, "
                            + "(E) schatting van het ketensim-team. Een waarde zonder eigen commentaar erft de bron van "
                            + "de sectie erboven (gemarkeerd met ↑).",
                    "Sources: (A) official figure, (B) official via a secondary source, (C) research or press, (E) "
                            + "estimate by the ketensim team. A value without its own comment inherits the source of the "
                            + "section above it (marked ↑)."))).append("</p>\n");
            table(ResultTables.parameters(results, l), "parameters");
        }

        out.append("<h2>").append(Labels.pick(l, "4. Methode (STRESS-DES)", "4. Methods (STRESS-DES)")).append("</h2>\n");
        out.append("<p>").append(Html.escape(Labels.pick(l,
                "Deze verantwoording volgt de STRESS-DES-richtlijn voor het rapporteren van discrete-eventsimulaties "
                        + "(Monks e.a., 2019).",
                "This account follows the STRESS-DES guideline for reporting discrete-event simulation studies "
                        + "(Monks et al., 2019)."))).append("</p>\n");
        for (MethodsSection.Part part : MethodsSection.of(results, l)) {
            out.append("<h3>").append(Html.escape(part.heading())).append("</h3>\n");
            for (String paragraph : part.paragraphs()) {
                out.append("<p>").append(Html.escape(paragraph)).append("</p>\n");
            }
        }
        out.append("</body>\n</html>\n");
        return out.toString();
    }

    private void figure(Figure f, byte[] png, String chartsFolder) {
        figures++;
        String label = Labels.pick(l, "Figuur ", "Figure ") + figures;
        out.append("<figure id=\"").append(Labels.pick(l, "figuur-", "figure-")).append(figures).append("\">\n");
        if (png != null) {
            out.append("<img src=\"data:image/png;base64,").append(Base64.getEncoder().encodeToString(png))
                    .append("\" alt=\"").append(Html.escape(f.title())).append("\" width=\"").append(ChartStyle.WIDTH)
                    .append("\" height=\"").append(ChartStyle.HEIGHT).append("\">\n");
        }
        out.append("<figcaption><strong>").append(label).append(".</strong> ").append(Html.escape(f.caption()))
                .append(" <a href=\"").append(chartsFolder).append('/').append(f.name()).append(".svg\">SVG</a>, <a href=\"")
                .append(chartsFolder).append('/').append(f.name()).append(".png\">PNG</a></figcaption>\n</figure>\n");
    }

    private void table(ResultTables.Captioned captioned, String cssClass) {
        if (captioned.table().isEmpty()) {
            return;
        }
        tables++;
        String label = Labels.pick(l, "Tabel ", "Table ") + tables;
        String html = captioned.table().render(cssClass);
        String caption = "<caption id=\"" + Labels.pick(l, "tabel-", "table-") + tables + "\"><strong>" + label + ".</strong> "
                + Html.escape(captioned.caption()) + "</caption>\n";
        out.append(html.replaceFirst("\n", "\n" + java.util.regex.Matcher.quoteReplacement(caption)));
    }
}
