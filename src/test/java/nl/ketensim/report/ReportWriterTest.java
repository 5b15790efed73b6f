package nl.ketensim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.ketensim.domain.Language;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** One experiment folder drawn once in Dutch and once in English; each test checks one aspect. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportWriterTest {

    static final List<String> EXPECTED = List.of("basisvoorwaarden", "basisvoorwaarden_verblijf",
            "basisvoorwaarden_geslacht", "basisvoorwaarden_regio", "pad_basisvoorwaarden", "recidive_indicatief",
            "knelpunten", "knelpunten_tornado", "procesnormen",
            "bezetting", "wachttijd", "plaatsen", "vergelijking_basisvoorwaarden", "vergelijking_procesnormen", "sweep");

    @TempDir
    static Path tmp;

    private Path dutch;
    private List<Figure> dutchFigures;
    private String dutchHtml;
    private Path english;
    private List<Figure> englishFigures;
    private String englishHtml;

    @BeforeAll
    void draw() throws Exception {
        dutch = ResultsFixture.experimentFolder(tmp.resolve("nl"));
        dutchFigures = ReportWriter.write(dutch, Language.NL);
        dutchHtml = Files.readString(dutch.resolve(ReportWriter.REPORT));
        english = ResultsFixture.experimentFolder(tmp.resolve("en"));
        englishFigures = ReportWriter.write(english, Language.EN);
        englishHtml = Files.readString(english.resolve(ReportWriter.REPORT));
    }

    @Test
    void everyChartOfTheFolderIsDrawnInReportOrder() {
        assertEquals(EXPECTED, dutchFigures.stream().map(Figure::name).toList());
        assertEquals(EXPECTED, englishFigures.stream().map(Figure::name).toList());
    }

    @Test
    void eachChartIsAPngAndSvgOfTheFixedSizeWithTitleAndSeries() throws Exception {
        for (Figure f : dutchFigures) {
            ChartAssertions.assertChartFiles(dutch.resolve("charts"), f);
        }
        for (Figure f : englishFigures) {
            ChartAssertions.assertChartFiles(english.resolve("charts"), f);
        }
    }

    @Test
    void chartsUseDomainLabelsInTheChosenLanguage() {
        Figure nl = figure(dutchFigures, "knelpunten");
        Figure en = figure(englishFigures, "knelpunten");
        assertEquals(List.of("kort verblijf", "informatiedeling", "externe voorziening"), nl.series());
        assertEquals(List.of("short stay", "information sharing", "external supply"), en.series());
        assertEquals(List.of("kort verblijf (≤ 14 dagen)", "lang verblijf (> 14 dagen)"),
                figure(dutchFigures, "basisvoorwaarden_verblijf").series());
        assertEquals(List.of("casemanager", "gemeente", "reclassering"), figure(dutchFigures, "bezetting").series());
        assertEquals(List.of("casemanager", "municipality", "probation"), figure(englishFigures, "bezetting").series());
        assertEquals(List.of("noord", "noord-holland"), figure(dutchFigures, "plaatsen").series());
    }

    @Test
    void theTornadoIsSortedByEffectUsingTheTotalRows() {
        assertEquals(List.of("informatiedeling", "externe voorziening", "kort verblijf"),
                figure(dutchFigures, "knelpunten_tornado").series());
    }

    @Test
    void everyChartCarriesTheProvenanceSubtitle() throws Exception {
        for (Figure f : dutchFigures) {
            String svg = ChartAssertions.squeeze(Files.readString(dutch.resolve("charts").resolve(f.name() + ".svg")));
            assertTrue(svg.contains(ChartAssertions.squeeze("Scenario proef · 7 replicaties · seed 424242")), f.name());
            assertTrue(svg.contains("ketensim9.8.7"), f.name());
        }
    }

    @Test
    void theReportEmbedsEveryFigureNumberedWithCaption() {
        Matcher images = Pattern.compile("<img src=\"data:image/png;base64,[A-Za-z0-9+/=]+\" alt=\"([^\"]*)\"").matcher(dutchHtml);
        int count = 0;
        while (images.find()) {
            assertEquals(Html.escape(dutchFigures.get(count).title()), images.group(1));
            count++;
        }
        assertEquals(EXPECTED.size(), count);
        for (int i = 1; i <= EXPECTED.size(); i++) {
            assertTrue(dutchHtml.contains("<figure id=\"figuur-" + i + "\">"), "figure " + i);
            assertTrue(dutchHtml.contains("<strong>Figuur " + i + ".</strong>"), "caption " + i);
            assertTrue(englishHtml.contains("<strong>Figure " + i + ".</strong>"), "caption " + i);
        }
        assertFalse(dutchHtml.contains("Figuur " + (EXPECTED.size() + 1) + "."));
        for (String name : EXPECTED) {
            assertTrue(dutchHtml.contains("href=\"charts/" + name + ".svg\""), name);
        }
    }

    @Test
    void theReportHasNumberedTablesAndTheProvenance() {
        for (int i = 1; i <= 6; i++) {
            assertTrue(dutchHtml.contains("<strong>Tabel " + i + ".</strong>"), "table " + i);
        }
        for (String fact : List.of(ResultsFixture.SHA, "424242", "<td>7</td>", "9.8.7", "17.0.99",
                "scenarios/proef.yaml", "staffing.gemeente.fte=300", "2026-01-02T03:04:05Z")) {
            assertTrue(dutchHtml.contains(fact), fact);
            assertTrue(englishHtml.contains(fact), fact);
        }
        assertTrue(dutchHtml.contains("git-commit " + ResultsFixture.COMMIT + ", met niet-vastgelegde wijzigingen"));
        assertTrue(englishHtml.contains("git commit " + ResultsFixture.COMMIT + ", with uncommitted changes"));
        assertTrue(dutchHtml.contains("warm-up, long enough (E)"), "parameter source");
        assertTrue(dutchHtml.contains("Wat als het proef is?"), "description");
    }

    @Test
    void theKeyFiguresTableHasTheSourcesOfIncome() {
        String key = englishHtml.substring(englishHtml.indexOf("<table class=\"key\""));
        key = key.substring(0, key.indexOf("</table>"));
        for (String label : List.of("work before detention", "on a benefit after 4 weeks", "no work after 4 weeks")) {
            assertTrue(key.contains(label), label);
        }
        assertTrue(key.contains("53.0%"), "benefit share");
    }

    @Test
    void theReportHasKeyFindingsAndTheStressDesSections() {
        assertTrue(dutchHtml.contains("Bij een verblijf van meer dan 14 dagen ontbreekt bij ontslag het vaakst onderdak: 32,0%"),
                dutchHtml);
        assertTrue(dutchHtml.contains("Het wegnemen van het knelpunt informatiedeling voorkomt het meest: 3.000"), "relief");
        assertTrue(englishHtml.contains("Relieving the knelpunt information sharing prevents the most: 3,000"), "relief en");
        for (String heading : List.of("1. Doel", "2. Modellogica", "3. Gegevens", "4. Experimenten", "5. Implementatie",
                "6. Code en reproductie")) {
            assertTrue(dutchHtml.contains("<h3>" + heading + "</h3>"), heading);
        }
        for (String heading : List.of("1. Objectives", "2. Model logic", "3. Data", "4. Experimentation",
                "5. Implementation", "6. Code access and reproduction")) {
            assertTrue(englishHtml.contains("<h3>" + heading + "</h3>"), heading);
        }
        assertTrue(dutchHtml.contains("opwarmperiode van 30 dagen"), "warm-up from the parameters");
        assertTrue(englishHtml.contains("<html lang=\"en\">"));
    }

    @Test
    void noTemporaryFilesRemain() throws Exception {
        try (Stream<Path> files = Files.list(dutch)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().startsWith(".")));
        }
    }

    private static Figure figure(List<Figure> figures, String name) {
        return figures.stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
    }
}
