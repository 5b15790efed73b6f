package nl.ketensim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;

/** Checks that a written chart is a valid PNG and SVG of the fixed size with its title and series. */
final class ChartAssertions {

    private ChartAssertions() { }

    static void assertChartFiles(Path charts, Figure figure) throws Exception {
        BufferedImage png = ImageIO.read(charts.resolve(figure.name() + ".png").toFile());
        assertNotNull(png, figure.name() + ".png is not a readable PNG");
        assertEquals(ChartStyle.WIDTH, png.getWidth(), figure.name());
        assertEquals(ChartStyle.HEIGHT, png.getHeight(), figure.name());

        Document svg = parse(charts.resolve(figure.name() + ".svg"));
        assertEquals("svg", svg.getDocumentElement().getLocalName() == null
                ? svg.getDocumentElement().getNodeName() : svg.getDocumentElement().getLocalName());
        assertEquals(figure.title(), svg.getElementsByTagName("title").item(0).getTextContent(), figure.name());
        assertTrue(svg.getDocumentElement().getAttribute("width").startsWith(Integer.toString(ChartStyle.WIDTH)),
                figure.name() + " svg width");
        assertTrue(svg.getDocumentElement().getAttribute("height").startsWith(Integer.toString(ChartStyle.HEIGHT)),
                figure.name() + " svg height");
        // Long labels wrap over several <text> elements: compare without whitespace.
        String text = squeeze(textOf(svg));
        assertTrue(text.contains(squeeze(figure.title())), figure.name() + ": title not drawn as text");
        for (String series : figure.series()) {
            assertTrue(text.contains(squeeze(series)), figure.name() + ": series '" + series + "' not drawn");
        }
    }

    static Document parse(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        try (var in = Files.newInputStream(file)) {
            return factory.newDocumentBuilder().parse(in);
        }
    }

    /** Text of the drawn {@code <text>} elements, excluding the {@code <title>}. */
    private static String textOf(Document svg) {
        StringBuilder out = new StringBuilder();
        var texts = svg.getElementsByTagName("text");
        for (int i = 0; i < texts.getLength(); i++) {
            out.append(texts.item(i).getTextContent());
        }
        return out.toString();
    }

    static String squeeze(String text) {
        return text.replaceAll("\\s+", "");
    }

    static String read(Path file) throws IOException {
        return Files.readString(file);
    }
}
