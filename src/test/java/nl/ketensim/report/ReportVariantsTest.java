package nl.ketensim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.ketensim.domain.Language;
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
                "basisvoorwaarden_regio", "knelpunten", "procesnormen", "bezetting", "wachttijd"),
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
    void anEmptyFolderStillGetsAReportSayingThereIsNothingToDraw() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("empty"));

        assertTrue(ReportWriter.write(folder, Language.NL).isEmpty());

        assertTrue(Files.readString(folder.resolve("report.html")).contains("geen gegevens om te tekenen"));
    }
}
