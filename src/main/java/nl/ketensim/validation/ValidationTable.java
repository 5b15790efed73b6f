package nl.ketensim.validation;

import java.util.ArrayList;
import java.util.List;
import nl.ketensim.stats.ExperimentSummary;
import nl.ketensim.stats.IntervalEstimate;
import nl.ketensim.stats.MetricSummary;

/**
 * The validation table of a run: every published figure with the run's estimate and verdict.
 *
 * @param rows    in the order of the file
 * @param isBasis whether the run is of the basis scenario the figures describe, without overrides;
 *                otherwise the table is for information and validates nothing
 */
public record ValidationTable(List<ValidationRow> rows, boolean isBasis) {

    private static final IntervalEstimate NONE = new IntervalEstimate(0, Double.NaN, Double.NaN, Double.NaN);

    public ValidationTable {
        rows = List.copyOf(rows);
    }

    /** Holds the summary of a run against every figure of the file. */
    public static ValidationTable of(ValidationFile file, ExperimentSummary summary, boolean isBasis) {
        List<ValidationRow> rows = new ArrayList<>();
        for (PublishedFigure f : file.figures()) {
            IntervalEstimate model = f.pending() ? NONE : summary.find(f.group().key(), f.metric())
                    .map(MetricSummary::estimate).orElse(NONE);
            rows.add(new ValidationRow(f, model, ValidationRow.verdict(f, model)));
        }
        return new ValidationTable(rows, isBasis);
    }
}
