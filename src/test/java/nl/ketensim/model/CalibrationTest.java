package nl.ketensim.model;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import nl.ketensim.results.ReplicationResult;
import nl.ketensim.stats.IntervalEstimate;
import nl.ketensim.stats.StudentTInterval;
import nl.ketensim.validation.PublishedFigure;
import nl.ketensim.validation.Role;
import nl.ketensim.validation.ValidationFile;
import nl.ketensim.validation.ValidationRow;
import nl.ketensim.validation.Verdict;
import org.junit.jupiter.api.Test;

/**
 * The basis scenario reproduces the published figures of {@code scenarios/validation/published.yaml}
 * (the one place the ranges live; docs/model.md §9), except those marked as a known deviation: for an
 * input or calibrated figure the whole 95% interval lies inside the range; for a prediction the
 * interval overlaps it (verdict {@code in}, as in {@code validation.csv}).
 */
class CalibrationTest {

    private static final int REPLICATIONS = 8;
    private static final double YEARS = 0.5;
    static final Path FIGURES = Path.of("scenarios", "validation", "published.yaml");

    @Test
    void basisLandsInsideThePublishedRanges() throws Exception {
        ValidationFile file = ValidationFile.read(FIGURES);
        List<ReplicationResult> results = ModelRuns.run(ModelRuns.basis(), 20260101, REPLICATIONS, YEARS);
        StringBuilder failures = new StringBuilder();
        int checked = 0;
        for (PublishedFigure f : file.modelled()) {
            if (f.isKnownDeviation()) {
                continue;
            }
            checked++;
            IntervalEstimate model = StudentTInterval.mean95(ModelRuns.values(results, f.group().key(), f.metric()));
            boolean ok = f.role() == Role.PREDICTION
                    ? ValidationRow.verdict(f, model) == Verdict.IN
                    : model.low() >= f.low() && model.high() <= f.high();
            if (!ok) {
                failures.append(String.format("%s (%s) = %.4f [%.4f, %.4f], published %s..%s%n", f.key(),
                        f.role().key(), model.mean(), model.low(), model.high(), f.low(), f.high()));
            }
        }
        assertTrue(checked >= 6, "too few figures checked: " + checked);
        assertTrue(failures.isEmpty(), "outside the published ranges:\n" + failures);
    }

    @Test
    void everyKnownDeviationGivesItsReasonAndIsStillModelled() throws Exception {
        for (PublishedFigure f : ValidationFile.read(FIGURES).figures()) {
            if (f.isKnownDeviation()) {
                assertFalse(f.pending(), f.key() + ": a pending figure cannot be a known deviation");
                assertTrue(f.knownDeviation().length() > 20, f.key() + ": give the reason of the deviation");
            }
        }
    }

    /** Income is worse at release than before detention (Kamerstuk 29270-74): the intervals do not overlap. */
    @Test
    void incomeIsWorseAtReleaseThanBeforeDetention() {
        List<ReplicationResult> results = ModelRuns.run(ModelRuns.basis(), 20260101, REPLICATIONS, YEARS);
        double critical = ModelRuns.tCritical(REPLICATIONS, 0.05);
        double[] before = ModelRuns.values(results, "stay_gt_14d", "without_at_admission.werk_inkomen");
        double[] release = ModelRuns.values(results, "stay_gt_14d", "without_at_release.werk_inkomen");
        double beforeHigh = ModelRuns.mean(before) + critical * ModelRuns.standardError(before);
        double releaseLow = ModelRuns.mean(release) - critical * ModelRuns.standardError(release);
        assertTrue(releaseLow > beforeHigh, "at release from " + releaseLow + ", before up to " + beforeHigh);
    }
}
