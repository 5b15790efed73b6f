package nl.ketensim.report;

import java.awt.Rectangle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jfree.chart.ChartUtils;
import org.jfree.svg.SVGGraphics2D;

/**
 * Writes a {@link Figure} as {@code <name>.png} and {@code <name>.svg}, both
 * {@value ChartStyle#WIDTH}×{@value ChartStyle#HEIGHT} px. The SVG gets a {@code <title>} element
 * with the chart title (shown as a tooltip, read by screen readers); its text stays text. Both are
 * the same bytes for the same results (no random ids, no time stamps).
 */
public final class ChartFiles {

    private ChartFiles() { }

    /** Writes both files into {@code folder}; returns the PNG. */
    public static Path write(Figure figure, Path folder) throws IOException {
        Headless.ensure();
        Path png = folder.resolve(figure.name() + ".png");
        ChartUtils.saveChartAsPNG(png.toFile(), figure.chart(), ChartStyle.WIDTH, ChartStyle.HEIGHT);
        Files.writeString(folder.resolve(figure.name() + ".svg"), svg(figure), StandardCharsets.UTF_8);
        return png;
    }

    /** The SVG document of the figure. */
    static String svg(Figure figure) {
        SVGGraphics2D g2 = new SVGGraphics2D(ChartStyle.WIDTH, ChartStyle.HEIGHT);
        // JFreeSVG's default prefix of ids (clip paths, gradients) is random per run; the chart's
        // name makes every SVG the same for the same results and unique within report.html.
        g2.setDefsKeyPrefix(figure.name() + "-");
        figure.chart().draw(g2, new Rectangle(0, 0, ChartStyle.WIDTH, ChartStyle.HEIGHT));
        String document = g2.getSVGDocument();
        int svgStart = document.indexOf("<svg");
        int svgEnd = svgStart < 0 ? -1 : document.indexOf('>', svgStart);
        if (svgEnd < 0) {
            return document;
        }
        return document.substring(0, svgEnd + 1) + "<title>" + Html.escape(figure.title()) + "</title>"
                + document.substring(svgEnd + 1);
    }
}
