package nl.ketensim.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.ketensim.results.Group;
import nl.ketensim.stats.ExperimentSummary;
import nl.ketensim.stats.IntervalEstimate;
import nl.ketensim.stats.MetricSummary;
import org.junit.jupiter.api.Test;

class ValidationRowTest {

    private static PublishedFigure figure(double low, double high, String deviation, boolean pending) {
        return new PublishedFigure("without_at_release.id", Group.STAY_GT_14D, low, high, "WODC", "A", "long stays",
                Role.PREDICTION, deviation, pending, "f.yaml:1:1");
    }

    private static final PublishedFigure RANGE = figure(0.10, 0.20, "", false);

    private static IntervalEstimate interval(double low, double high) {
        return new IntervalEstimate(5, (low + high) / 2, low, high);
    }

    @Test
    void anIntervalThatOverlapsTheRangeIsInEvenWhenItsMeanIsNot() {
        assertEquals(Verdict.IN, ValidationRow.verdict(RANGE, interval(0.12, 0.14)));
        assertEquals(Verdict.IN, ValidationRow.verdict(RANGE, interval(0.05, 0.11)));
        assertEquals(Verdict.IN, ValidationRow.verdict(RANGE, interval(0.19, 0.25)));
        assertEquals(Verdict.IN, ValidationRow.verdict(RANGE, interval(0.05, 0.25)));
        assertEquals(Verdict.IN, ValidationRow.verdict(RANGE, interval(0.20, 0.30)), "touching counts as overlap");
    }

    @Test
    void anIntervalWhollyBelowOrAboveIsUnderOrOver() {
        assertEquals(Verdict.UNDER, ValidationRow.verdict(RANGE, interval(0.05, 0.0999)));
        assertEquals(Verdict.OVER, ValidationRow.verdict(RANGE, interval(0.2001, 0.25)));
    }

    @Test
    void oneReplicationIsJudgedByItsMeanAndAnOpenBoundNeverBinds() {
        IntervalEstimate single = new IntervalEstimate(1, 0.21, Double.NaN, Double.NaN);
        assertEquals(Verdict.OVER, ValidationRow.verdict(RANGE, single));
        PublishedFigure below = figure(Double.NEGATIVE_INFINITY, 0.55, "", false);
        assertEquals(Verdict.IN, ValidationRow.verdict(below, interval(-5, -4)));
        assertEquals(Verdict.OVER, ValidationRow.verdict(below, interval(0.6, 0.7)));
    }

    @Test
    void pendingAndUnmeasuredFiguresHaveNoInOrOutVerdict() {
        assertEquals(Verdict.PENDING, ValidationRow.verdict(figure(0.1, 0.2, "", true), interval(0.1, 0.2)));
        assertEquals(Verdict.NOT_MEASURED,
                ValidationRow.verdict(RANGE, new IntervalEstimate(0, Double.NaN, Double.NaN, Double.NaN)));
    }

    @Test
    void aMissIsUnexplainedUnlessMarkedAsAKnownDeviation() {
        IntervalEstimate over = interval(0.3, 0.4);
        assertTrue(new ValidationRow(RANGE, over, ValidationRow.verdict(RANGE, over)).isUnexplainedMiss());
        PublishedFigure known = figure(0.10, 0.20, "met by construction", false);
        assertFalse(new ValidationRow(known, over, ValidationRow.verdict(known, over)).isUnexplainedMiss());
    }

    @Test
    void theTableFindsEachFigureInTheSummaryByGroupAndMetric() {
        ExperimentSummary summary = new ExperimentSummary(List.of(
                new MetricSummary("all", "without_at_release.id", "share", interval(0.5, 0.6)),
                new MetricSummary("stay_gt_14d", "without_at_release.id", "share", interval(0.15, 0.16))));
        ValidationFile file = new ValidationFile(java.nio.file.Path.of("f.yaml"), java.nio.file.Path.of("b.yaml"),
                List.of(RANGE, figure(0.1, 0.2, "", true)));
        ValidationTable table = ValidationTable.of(file, summary, true);
        assertEquals(List.of(Verdict.IN, Verdict.PENDING), table.rows().stream().map(ValidationRow::verdict).toList());
        assertEquals(0.155, table.rows().get(0).model().mean(), 1e-12);
    }
}
