package nl.ketensim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.ketensim.domain.Language;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Charts and report at the end of {@code run}, and the {@code report} command. */
class RunReportTest {

    @TempDir
    Path tmp;

    private final CliHarness cli = new CliHarness();
    private Path scenarioFile;

    @BeforeEach
    void scenarioFile() throws IOException {
        scenarioFile = Files.writeString(tmp.resolve("fake.yaml"), "name: fake\n");
    }

    @Test
    void runDrawsChartsAndWritesTheReportIntoTheResultsFolder() throws IOException {
        cli.reports = ReportStep.CHARTS_AND_REPORT;
        Path out = tmp.resolve("r");

        CliHarness.Outcome o = cli.execute("run", scenarioFile.toString(), "--replications", "2", "--out", out.toString());

        assertEquals(0, o.exitCode(), o.err());
        assertTrue(Files.isRegularFile(out.resolve("report.html")));
        assertTrue(Files.isRegularFile(out.resolve("charts/basisvoorwaarden.png")));
        assertTrue(Files.isRegularFile(out.resolve("charts/basisvoorwaarden.svg")));
        assertTrue(o.out().endsWith("Report written to " + out.resolve("report.html") + System.lineSeparator()), o.out());
        assertTrue(Files.readString(out.resolve("scenario_parameters.csv")).startsWith("path,value,unit,origin,source\n"));
    }

    @Test
    void theLanguageReachesTheReport() {
        List<Language> seen = new ArrayList<>();
        cli.reports = (folder, language) -> seen.add(language);

        cli.execute("run", scenarioFile.toString(), "--replications", "1", "--out", tmp.resolve("a").toString());
        cli.execute("run", scenarioFile.toString(), "--replications", "1", "--lang", "EN", "--out", tmp.resolve("b").toString());

        assertEquals(List.of(Language.NL, Language.EN), seen);
    }

    @Test
    void aFailureToDrawKeepsTheResultsAndSaysHowToRetry() throws IOException {
        cli.reports = (folder, language) -> {
            throw new IOException("disk full");
        };
        Path out = tmp.resolve("r");

        CliHarness.Outcome o = cli.execute("run", scenarioFile.toString(), "--replications", "1", "--out", out.toString());

        assertEquals(ExitCodes.INTERNAL_ERROR, o.exitCode());
        assertEquals("ketensim: charts and report failed (java.io.IOException: disk full); the results folder is "
                + "complete, retry with: ketensim report " + out + System.lineSeparator(), o.err());
        assertTrue(Files.isRegularFile(out.resolve("summary.csv")));
        assertFalse(Files.exists(out.resolve("report.html")));
    }

    @Test
    void anUnknownLanguageIsAUsageError() {
        CliHarness.Outcome o = cli.execute("run", scenarioFile.toString(), "--lang", "fr", "--out", tmp.resolve("x").toString());

        assertEquals(ExitCodes.BAD_INPUT, o.exitCode());
        assertTrue(o.err().contains("expected nl or en, got 'fr'"), o.err());
        assertFalse(Files.exists(tmp.resolve("x")));
    }

    @Test
    void theReportCommandRedrawsAFolderInEnglish() throws IOException {
        Path out = tmp.resolve("r");
        assertEquals(0, cli.execute("run", scenarioFile.toString(), "--replications", "2", "--out", out.toString()).exitCode());

        CliHarness.Outcome o = cli.execute("report", out.toString(), "--lang", "en");

        assertEquals(0, o.exitCode(), o.err());
        assertTrue(o.out().contains("Report written to " + out.resolve("report.html")), o.out());
        assertTrue(Files.readString(out.resolve("report.html")).contains("<html lang=\"en\">"));
        try (Stream<Path> charts = Files.list(out.resolve("charts"))) {
            assertTrue(charts.count() >= 2);
        }
    }

    @Test
    void theReportCommandNeedsAnExistingFolder() {
        CliHarness.Outcome o = cli.execute("report", tmp.resolve("nope").toString());

        assertEquals(ExitCodes.BAD_INPUT, o.exitCode());
        assertEquals("results folder not found: " + tmp.resolve("nope") + System.lineSeparator(), o.err());
    }
}
