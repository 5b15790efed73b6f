package nl.ketensim.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.text.NumberFormat;
import java.util.Arrays;
import java.util.Locale;
import nl.ketensim.domain.Language;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

/**
 * The look every chart shares: fonts sized for a {@value #WIDTH}×{@value #HEIGHT} px image, a
 * white background with light grid lines, and the provenance subtitle (scenario, replications,
 * seed) and footer (ketensim version, scenario SHA-256).
 */
public final class ChartStyle {

    /** Width of every chart file (px). */
    public static final int WIDTH = 1200;
    /** Height of every chart file (px). */
    public static final int HEIGHT = 750;

    private static final String FAMILY = fontFamily();
    static final Font TITLE = new Font(FAMILY, Font.BOLD, 28);
    static final Font SUBTITLE = new Font(FAMILY, Font.PLAIN, 18);
    static final Font AXIS_LABEL = new Font(FAMILY, Font.PLAIN, 20);
    static final Font TICK = new Font(FAMILY, Font.PLAIN, 17);
    static final Font LEGEND = new Font(FAMILY, Font.PLAIN, 17);
    static final Font FOOTER = new Font(FAMILY, Font.PLAIN, 14);
    static final Color GRID = new Color(0xCCCCCC);

    private ChartStyle() { }

    /** DejaVu Sans when installed (typical on Linux), else the logical font SansSerif. */
    static String fontFamily() {
        Headless.ensure();
        try {
            String[] families = GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames(Locale.ROOT);
            return Arrays.asList(families).contains("DejaVu Sans") ? "DejaVu Sans" : Font.SANS_SERIF;
        } catch (RuntimeException | Error e) {
            return Font.SANS_SERIF;
        }
    }

    /** Locale for numbers in charts: Dutch uses a decimal comma. */
    static Locale locale(Language language) {
        return language == Language.NL ? Locale.forLanguageTag("nl-NL") : Locale.UK;
    }

    /** The provenance subtitle, e.g. "Scenario basis · 4 replicaties · seed 20260101". */
    static String provenance(Manifest m, Language l) {
        String subject = Labels.subject(m, l);
        StringBuilder text = new StringBuilder(subject.substring(0, 1).toUpperCase(Locale.ROOT)).append(subject.substring(1));
        if (m.replications() > 0) {
            text.append(" · ").append(m.replications()).append(Labels.pick(l, " replicaties", " replications"));
        }
        if (m.seed() >= 0) {
            text.append(" · seed ").append(m.seed());
        }
        if (!Double.isNaN(m.years())) {
            NumberFormat years = NumberFormat.getNumberInstance(locale(l));
            text.append(" · ").append(years.format(m.years()))
                    .append(Labels.pick(l, " gemeten jaar per replicatie", " measured years per replication"));
        }
        return text.toString();
    }

    /**
     * Applies fonts, colours, the subtitle (provenance plus {@code note}) and the footer.
     *
     * @param note what error bars or bands show, or empty
     */
    static void apply(JFreeChart chart, Manifest m, Language l, String note) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(8, 12, 8, 16));
        chart.getTitle().setFont(TITLE);
        chart.getTitle().setPaint(Color.BLACK);
        TextTitle sub = new TextTitle(provenance(m, l), SUBTITLE);
        sub.setPaint(new Color(0x333333));
        sub.setPadding(new RectangleInsets(2, 0, note.isEmpty() ? 8 : 0, 0));
        chart.addSubtitle(0, sub);
        if (!note.isEmpty()) {
            TextTitle noteTitle = new TextTitle(note, SUBTITLE);
            noteTitle.setPaint(new Color(0x333333));
            noteTitle.setPadding(new RectangleInsets(0, 0, 8, 0));
            chart.addSubtitle(1, noteTitle);
        }
        TextTitle footer = new TextTitle(footer(m, l), FOOTER);
        footer.setPosition(RectangleEdge.BOTTOM);
        footer.setHorizontalAlignment(HorizontalAlignment.RIGHT);
        footer.setPaint(new Color(0x555555));
        chart.addSubtitle(footer);
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setItemFont(LEGEND);
            legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
            legend.setBackgroundPaint(Color.WHITE);
        }
        Plot plot = chart.getPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlinePaint(GRID);
        if (plot instanceof CategoryPlot p) {
            p.setRangeGridlinePaint(GRID);
            p.setRangeGridlineStroke(new BasicStroke(1f));
            style(p.getDomainAxis());
            style(p.getRangeAxis());
        } else if (plot instanceof XYPlot p) {
            p.setRangeGridlinePaint(GRID);
            p.setDomainGridlinePaint(GRID);
            p.setRangeGridlineStroke(new BasicStroke(1f));
            p.setDomainGridlineStroke(new BasicStroke(1f));
            style(p.getDomainAxis());
            style(p.getRangeAxis());
        }
    }

    private static String footer(Manifest m, Language l) {
        String sha = m.scenarioSha256().length() >= 12 ? m.scenarioSha256().substring(0, 12) + "…" : m.scenarioSha256();
        return "ketensim " + (m.version().isEmpty() ? "?" : m.version())
                + (sha.isEmpty() ? "" : Labels.pick(l, " · scenariobestand SHA-256 ", " · scenario file SHA-256 ") + sha);
    }

    private static void style(Axis axis) {
        if (axis == null) {
            return;
        }
        axis.setLabelFont(AXIS_LABEL);
        axis.setTickLabelFont(TICK);
        axis.setLabelPaint(Color.BLACK);
        axis.setTickLabelPaint(Color.BLACK);
    }

    /** A range axis showing shares (0..1) as percentages. */
    static void percentAxis(NumberAxis axis, Language l) {
        NumberFormat percent = NumberFormat.getPercentInstance(locale(l));
        percent.setMaximumFractionDigits(1);
        axis.setNumberFormatOverride(percent);
    }

    /** A range axis with whole numbers in the language's locale. */
    static void countAxis(NumberAxis axis, Language l) {
        axis.setNumberFormatOverride(NumberFormat.getIntegerInstance(locale(l)));
    }
}
