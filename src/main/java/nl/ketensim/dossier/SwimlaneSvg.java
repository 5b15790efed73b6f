package nl.ketensim.dossier;

import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.ketensim.domain.Basisvoorwaarde;
import nl.ketensim.domain.Knelpunt;
import nl.ketensim.domain.Language;
import nl.ketensim.domain.Partner;
import nl.ketensim.model.CaseEvent;
import nl.ketensim.report.Html;
import nl.ketensim.report.Palette;

/**
 * A compact swimlane picture of one dossier as inline SVG: one lane for the justitiabele and one per
 * partner with their steps as marks (meetings as diamonds, filled when the partner attended), then
 * one row per need with its stretches of lost time coloured by knelpunt, from admission to
 * release. Written directly as text, so the same dossier gives the same bytes.
 */
final class SwimlaneSvg {

    private static final int WIDTH = 760;
    private static final int LABEL = 170;
    private static final int ROW = 18;
    private static final int TOP = 16;

    private final Language lang;

    SwimlaneSvg(Language lang) {
        this.lang = lang;
    }

    String draw(Dossier d) {
        double start = d.person().admissionDay();
        double end = Math.max(d.person().releaseDay(), start + 1);
        List<String> lanes = new ArrayList<>();
        lanes.add(lang == Language.NL ? "justitiabele" : "person");
        for (Partner p : Partner.values()) {
            lanes.add(p.label(lang));
        }
        for (Basisvoorwaarde b : d.person().needs()) {
            lanes.add(b.label(lang));
        }
        int height = TOP + lanes.size() * ROW + 40;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\""
                + " viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"11\" role=\"img\">%n",
                WIDTH, height, WIDTH, height));
        for (int i = 0; i < lanes.size(); i++) {
            int y = TOP + i * ROW;
            if (i % 2 == 0) {
                svg.append(String.format(Locale.ROOT, "<rect x=\"0\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"#f4f4f4\"/>%n",
                        y, WIDTH, ROW));
            }
            svg.append(String.format(Locale.ROOT, "<text x=\"4\" y=\"%d\">%s</text>%n", y + 13, Html.escape(lanes.get(i))));
        }
        Set<Knelpunt> used = new LinkedHashSet<>();
        for (TraceEvent e : d.events()) {
            if (e.event() == CaseEvent.STAGE) {
                int lane = 1 + Partner.values().length + d.person().needs().indexOf(e.need());
                used.add(e.knelpunt());
                double x0 = x(e.day(), start, end);
                double x1 = x(Math.min(e.day() + e.value(), end), start, end);
                svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\""
                        + " stroke=\"#333\" stroke-width=\"0.3\"><title>%s</title></rect>%n", x0, TOP + lane * ROW + 3,
                        Math.max(x1 - x0, 0.5), ROW - 6, hex(Palette.of(e.knelpunt())),
                        Html.escape(e.knelpunt().label(lang) + ": " + StepText.days(e.value()))));
            } else if (e.event() == CaseEvent.ARRANGED || e.event() == CaseEvent.MISSED) {
                int lane = 1 + Partner.values().length + d.person().needs().indexOf(e.need());
                boolean ok = e.event() == CaseEvent.ARRANGED;
                svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" fill=\"%s\">%s</text>%n",
                        Math.min(x(e.day(), start, end) + 2, WIDTH - 10), TOP + lane * ROW + 13,
                        ok ? "#009E73" : "#D55E00", ok ? "&#10003;" : "&#10007;"));
            } else if (e.day() <= end) {
                marks(svg, e, start, end);
            }
        }
        axis(svg, d, start, end, TOP + lanes.size() * ROW);
        int lx = LABEL;
        int ly = TOP + lanes.size() * ROW + 30;
        for (Knelpunt k : used) {
            String name = k.label(lang);
            svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"10\" height=\"10\" fill=\"%s\""
                    + " stroke=\"#333\" stroke-width=\"0.3\"/><text x=\"%d\" y=\"%d\">%s</text>%n",
                    lx, ly - 9, hex(Palette.of(k)), lx + 13, ly, Html.escape(name)));
            lx += 20 + 6 * name.length();
        }
        svg.append("</svg>\n");
        return svg.toString();
    }

    /** Marks of a step in the person's lane or a partner's lane. */
    private void marks(StringBuilder svg, TraceEvent e, double start, double end) {
        double x = x(e.day(), start, end);
        switch (e.event()) {
            case MEETING_HELD -> {
                for (Partner p : Partner.values()) {
                    diamond(svg, x, lane(p), e.attended(p), e.activity().label(lang));
                }
            }
            case MEETING_FAILED -> diamond(svg, x, lane(Partner.CASEMANAGER), false, e.activity().label(lang));
            case ADMITTED, RELEASED, WARME_OVERDRACHT, VERLOF, TRANSFERRED -> circle(svg, x, 0, e.event() == CaseEvent.WARME_OVERDRACHT
                    && e.value() == 0 ? "#fff" : "#000", e.event().label(lang));
            case INTAKE_DONE, INFORMATION_REGISTERED, INFORMATION_RECEIVED, WORK_DONE, INFORMATION_LOST -> {
                if (e.partner() != null) {
                    circle(svg, x, lane(e.partner()), e.event() == CaseEvent.INFORMATION_LOST ? "#D55E00"
                            : hex(Palette.of(e.partner())), e.event().label(lang));
                }
            }
            default -> { }
        }
    }

    private static int lane(Partner p) {
        return 1 + p.ordinal();
    }

    private static void diamond(StringBuilder svg, double x, int lane, boolean filled, String title) {
        double y = TOP + lane * ROW + ROW / 2.0;
        svg.append(String.format(Locale.ROOT, "<path d=\"M%.1f %.1f l5 5 l-5 5 l-5 -5 z\" fill=\"%s\" stroke=\"#000\""
                + " stroke-width=\"0.8\"><title>%s</title></path>%n", x, y - 5, filled ? "#000" : "#fff",
                Html.escape(title)));
    }

    private static void circle(StringBuilder svg, double x, int lane, String fill, String title) {
        svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3.5\" fill=\"%s\" stroke=\"#000\""
                + " stroke-width=\"0.6\"><title>%s</title></circle>%n", x, TOP + lane * ROW + ROW / 2.0, fill,
                Html.escape(title)));
    }

    private void axis(StringBuilder svg, Dossier d, double start, double end, int y) {
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#000\"/>%n",
                LABEL, y, WIDTH - 10, y));
        double span = end - start;
        double step = span <= 60 ? 7 : span <= 200 ? 28 : span <= 500 ? 91 : 182;
        for (double t = 0; t <= span + 1e-9; t += step) {
            double x = x(start + t, start, end);
            svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#000\"/>"
                    + "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>%n", x, y, x, y + 4, x, y + 15,
                    (lang == Language.NL ? "dag " : "day ") + Math.round(t)));
        }
    }

    private static double x(double day, double start, double end) {
        return LABEL + (WIDTH - 10 - LABEL) * Math.max(0, Math.min(1, (day - start) / (end - start)));
    }

    private static String hex(Color c) {
        return String.format(Locale.ROOT, "#%02X%02X%02X", c.getRed(), c.getGreen(), c.getBlue());
    }
}
