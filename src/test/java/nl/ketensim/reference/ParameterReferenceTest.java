package nl.ketensim.reference;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.ketensim.scenario.ParameterCatalog;
import nl.ketensim.scenario.ParameterSpec;
import org.junit.jupiter.api.Test;

/** The committed {@code scenarios/README.md} is exactly what the generator makes of the current sources. */
class ParameterReferenceTest {

    private static final Path DIR = Path.of("scenarios");
    private static final Path PAGE = DIR.resolve("README.md");

    @Test
    void committedPageIsUpToDate() throws Exception {
        byte[] generated = ParameterReference.generate(DIR).getBytes(StandardCharsets.UTF_8);
        byte[] committed = Files.readAllBytes(PAGE);
        assertArrayEquals(generated, committed, PAGE + " is out of date with ParameterCatalog, basis.yaml or the "
                + "scenario files; regenerate it with: " + ParameterReference.COMMAND);
    }

    @Test
    void everyParameterHasARow() throws Exception {
        String page = ParameterReference.generate(DIR);
        for (ParameterSpec spec : ParameterCatalog.all()) {
            assertTrue(page.contains("\n| `" + spec.path() + "` | " + MarkdownTable.escape(spec.description()) + " |"),
                    spec.path());
        }
    }

    @Test
    void valuesAndSourcesComeFromBasis() throws Exception {
        String page = ParameterReference.generate(DIR);
        assertTrue(page.contains("| `population.women_share` | Share of admissions that are women. | share | 0 to 1 "
                + "| A share is at most 1 (all). | 0.06 | 6% of persons; CBS (B) |"), "own comment");
        assertTrue(page.contains("| 0.45 | 18-21k under supervision from all three organisations, not all after "
                + "detention: 45% of releases (E) |"), "comment continued on the next line");
        assertTrue(page.contains("| `process.intake_norm_days` | Norm: intake within this many days of admission. "
                + "| days | 0 to 3650 | Ten years: far beyond the mean stay of about 110 days, so a longer time "
                + "already means never within a stay; larger values are typing errors. | 10 | `process`: werkstroomschema, seed Bijlage I (A) |"), "section comment");
        assertTrue(page.contains("| 0, 7, 14, 28, 91, 182, 365 | a sentence served:"), "list values");
        assertTrue(page.contains("| [colocatie.yaml](colocatie.yaml) | `colocatie` | Wat als gemeente"), "scenarios");
    }
}
