package nl.ketensim.validation;

import nl.ketensim.stats.IntervalEstimate;

/**
 * One published figure with the model's estimate and the verdict.
 *
 * @param figure  the published figure
 * @param model   the model's mean and 95% interval over the replications; n = 0 when not measured
 * @param verdict how the interval lies against the published range
 */
public record ValidationRow(PublishedFigure figure, IntervalEstimate model, Verdict verdict) {

    /**
     * {@code in} when the model's 95% interval [low, high] overlaps the published range (with one
     * replication the mean stands for the interval), otherwise {@code under} or {@code over}.
     */
    public static Verdict verdict(PublishedFigure figure, IntervalEstimate model) {
        if (figure.pending()) {
            return Verdict.PENDING;
        }
        if (model.n() == 0 || Double.isNaN(model.mean())) {
            return Verdict.NOT_MEASURED;
        }
        double low = model.hasInterval() ? model.low() : model.mean();
        double high = model.hasInterval() ? model.high() : model.mean();
        if (high < figure.low()) {
            return Verdict.UNDER;
        }
        if (low > figure.high()) {
            return Verdict.OVER;
        }
        return Verdict.IN;
    }

    /** Whether this row counts against the model: outside its range without a known deviation. */
    public boolean isUnexplainedMiss() {
        return (verdict == Verdict.UNDER || verdict == Verdict.OVER) && !figure.isKnownDeviation();
    }
}
