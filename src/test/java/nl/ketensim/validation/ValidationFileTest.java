package nl.ketensim.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.ketensim.results.Group;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidationFileTest {

    private static final String FIGURE = """
              - metric: without_at_release.id
                group: stay_gt_14d
                low: 0.10
                high: 0.20
                source: WODC
                confidence: A
                population: long stays
                role: calibrated
            """;

    @TempDir
    Path tmp;

    @BeforeEach
    void basis() throws IOException {
        Files.writeString(tmp.resolve("basis.yaml"), "name: basis\n");
    }

    private Path file(String figures) throws IOException {
        return Files.writeString(tmp.resolve("published.yaml"), "basis: basis.yaml\nfigures:\n" + figures);
    }

    private List<String> problems(String figures) throws IOException {
        Path file = file(figures);
        return assertThrows(ValidationFileException.class, () -> ValidationFile.read(file)).problems();
    }

    @Test
    void theShippedFileReadsAndNamesItsBasis() throws Exception {
        ValidationFile file = ValidationFile.read(Path.of("scenarios", "validation", "published.yaml"));
        assertEquals(Path.of("scenarios", "basis.yaml").toAbsolutePath(), file.basis());
        assertTrue(file.figures().stream().anyMatch(f -> f.role() == Role.PREDICTION && !f.pending()));
        assertTrue(file.figures().stream().anyMatch(PublishedFigure::isKnownDeviation));
    }

    @Test
    void aFigureIsReadWithItsOriginAndOpenBounds() throws Exception {
        ValidationFile file = ValidationFile.read(file(FIGURE + """
                  - metric: warme_overdracht_share
                    group: all
                    high: 0.55
                    source: RSJ
                    confidence: B
                    population: all
                    role: prediction
                    known_deviation: not yet modelled with the partners present
                """));
        PublishedFigure id = file.figures().get(0);
        assertEquals(Group.STAY_GT_14D, id.group());
        assertEquals(0.10, id.low());
        assertEquals(Role.CALIBRATED, id.role());
        assertEquals(file.file() + ":3:5", id.origin());
        PublishedFigure warm = file.figures().get(1);
        assertEquals(Double.NEGATIVE_INFINITY, warm.low());
        assertTrue(warm.isKnownDeviation());
    }

    @Test
    void anUnknownMetricOrGroupIsNamedWithFileLineAndColumn() throws IOException {
        List<String> problems = problems(FIGURE.replace("without_at_release.id", "without_at_release.paspoort")
                .replace("stay_gt_14d", "lang"));
        assertEquals(2, problems.size(), problems.toString());
        String at = tmp.resolve("published.yaml").toString();
        assertTrue(problems.get(0).startsWith(at + ":3:13: figures[0].metric: unknown metric "
                + "'without_at_release.paspoort'"), problems.get(0));
        assertTrue(problems.get(1).startsWith(at + ":4:12: figures[0].group: unknown group 'lang'; allowed: all,"),
                problems.get(1));
    }

    @Test
    void everyProblemOfEveryFigureIsReportedAtOnce() throws IOException {
        List<String> problems = problems(FIGURE.replace("confidence: A", "confidence: D")
                .replace("role: calibrated", "role: tuned").replace("low: 0.10", "low: 0.30")
                .replace("population: long stays", "colour: blue"));
        String all = String.join("\n", problems);
        assertTrue(all.contains("figures[0].confidence: got 'D'; allowed: A, B, C, E"), all);
        assertTrue(all.contains("figures[0].role: got 'tuned'; allowed: input, calibrated, prediction"), all);
        assertTrue(all.contains("figures[0].high: below low"), all);
        assertTrue(all.contains("figures[0].colour: unknown field"), all);
        assertTrue(all.contains("figures[0].population: missing"), all);
    }

    @Test
    void aPendingFigureMayNameAMetricTheModelDoesNotProduceYet() throws Exception {
        ValidationFile file = ValidationFile.read(file(FIGURE.replace("without_at_release.id", "without_after_13w.id")
                + "    status: pending\n"));
        assertTrue(file.figures().get(0).pending());
        assertTrue(file.modelled().isEmpty());
        assertFalse(problems(FIGURE + "    status: later\n").isEmpty());
    }

    @Test
    void aFigureListedTwiceOrWithoutRangeIsAProblem() throws IOException {
        assertTrue(problems(FIGURE + FIGURE).get(0).contains("stay_gt_14d|without_at_release.id: listed twice"));
        assertTrue(problems(FIGURE.replace("    low: 0.10\n", "").replace("    high: 0.20\n", "")).get(0)
                .contains("no published range"));
        assertTrue(problems(FIGURE.replace("0.20", "lots")).get(0).contains("figures[0].high: got 'lots'"));
    }

    @Test
    void brokenYamlAndAMissingBasisAreProblemsWithoutStackTrace() throws IOException {
        Path broken = Files.writeString(tmp.resolve("broken.yaml"), "basis: [unclosed\n");
        String message = assertThrows(ValidationFileException.class, () -> ValidationFile.read(broken)).getMessage();
        assertTrue(message.startsWith(broken + ":"), message);
        assertTrue(message.contains("not valid YAML"), message);
        Path noBasis = Files.writeString(tmp.resolve("nobasis.yaml"), "basis: other.yaml\nfigures:\n" + FIGURE);
        String missing = assertThrows(ValidationFileException.class, () -> ValidationFile.read(noBasis)).getMessage();
        assertTrue(missing.contains(noBasis + ":1:8: basis: file not found"), missing);
    }
}
