package nl.ketensim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.ketensim.domain.Language;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which charts appear depends on the files present; drawing again replaces the old charts. */
class ReportVariantsTest {

    @TempDir
    Path tmp;

    @Test
    void aRunFolderGetsNoExperimentChartsAndRedrawingReplacesTheCharts() throws Exception {
        Path folder = ResultsFixture.runFolder(tmp.resolve("run"));
        Files.createDirectories(folder.resolve("charts"));
        Files.writeString(folder.resolve("charts/stale.png"), "old");

        List<Figure> figures = ReportWriter.write(folder, Language.NL);

        assertEquals(List.of("basisvoorwaarden", "basisvoorwaarden_verblijf", "basisvoorwaarden_geslacht",
                "basisvoorwaarden_regio", "pad_basisvoorwaarden", "recidive_indicatief", "knelpunten", "procesnormen",
                "bezetting", "wachttijd", "plaatsen"),
                figures.stream().map(Figure::name).toList());
        assertFalse(Files.exists(folder.resolve("charts/stale.png")));
        assertEquals(2 * figures.size(), Files.list(folder.resolve("charts")).count());
        String html = Files.readString(folder.resolve("report.html"));
        assertFalse(html.contains("knelpunten_relief.csv"));
    }

    @Test
    void aTwoParameterSweepGivesHeatMaps() throws Exception {
        Path folder = ResultsFixture.runFolder(tmp.resolve("sweep"));
        ResultsFixture.twoParameterSweep(folder);

        List<Figure> figures = ReportWriter.write(folder, Language.EN);

        Figure heat = figures.get(figures.size() - 1);
        assertEquals("sweep_without_at_release_id", heat.name());
        assertEquals("Not arranged at release: valid ID", heat.title());
        ChartAssertions.assertChartFiles(folder.resolve("charts"), heat);
    }

    @Test
    void aSweepOverRelativeValuesSpacesThemEvenlyWithTheValuesAsGiven() throws Exception {
        Path folder = ResultsFixture.runFolder(tmp.resolve("relative"));
        ResultsFixture.write(folder, "scenario_parameters.csv", """
                path,value,unit,origin,source
                name,proef,,scenarios/proef.yaml:1:7,
                staffing.casemanager.fte,182,FTE,scenarios/proef.yaml:5:10,
                """);
        ResultsFixture.twoParameterSweep(folder, List.of("-20%", "+0%", "x1.5"), List.of("0", "0.5", "1"));

        Figure heat = ReportWriter.write(folder, Language.EN).stream()
                .filter(f -> f.name().equals("sweep_without_at_release_id")).findFirst().orElseThrow();

        var plot = heat.chart().getXYPlot();
        SymbolAxis x = (SymbolAxis) plot.getDomainAxis();
        assertEquals(List.of("-20%", "+0%", "x1.5"), List.of(x.getSymbols()));
        assertEquals("staffing.casemanager.fte (relative to the scenario value 182 FTE)", x.getLabel());
        assertTrue(plot.getRangeAxis() instanceof NumberAxis);
        assertEquals(3 * 3, plot.getDataset().getItemCount(0));
        ChartAssertions.assertChartFiles(folder.resolve("charts"), heat);
    }

    @Test
    void theTornadoShowsSingleReliefsAndNamesAllTogetherInItsCaption() throws Exception {
        Path folder = ResultsFixture.experimentFolder(tmp.resolve("tornado"));

        Figure tornado = ReportWriter.write(folder, Language.EN).stream()
                .filter(f -> f.name().equals("knelpunten_tornado")).findFirst().orElseThrow();

        assertEquals(List.of("information sharing", "external supply", "short stay"), tornado.series());
        assertTrue(tornado.caption().contains("Relieving all 3 knelpunten together prevents 5,000 per year"),
                tornado.caption());
        String html = Files.readString(folder.resolve("report.html"));
        assertTrue(html.contains("all together"), "the relief table names the row of all reliefs together");
        assertFalse(html.contains("Relieving the knelpunt alle"), "a key finding names a single knelpunt");
    }

    @Test
    void anEmptyFolderStillGetsAReportSayingThereIsNothingToDraw() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("empty"));

        assertTrue(ReportWriter.write(folder, Language.NL).isEmpty());

        assertTrue(Files.readString(folder.resolve("report.html")).contains("geen gegevens om te tekenen"));
    }
}
