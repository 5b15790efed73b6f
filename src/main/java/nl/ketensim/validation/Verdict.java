package nl.ketensim.validation;

import nl.ketensim.domain.Term;

/** How the model's 95% interval lies against a published range. */
public enum Verdict implements Term {
    /** The interval overlaps the published range. */
    IN("in", "binnen", "in"),
    /** The interval lies wholly below the range. */
    UNDER("under", "te laag", "under"),
    /** The interval lies wholly above the range. */
    OVER("over", "te hoog", "over"),
    /** The model does not produce the metric yet ({@code status: pending}). */
    PENDING("pending", "nog niet gemodelleerd", "not yet modelled"),
    /** The run has no value for the metric (e.g. an empty group). */
    NOT_MEASURED("not_measured", "niet gemeten", "not measured");

    private final Labels labels;

    Verdict(String key, String dutch, String english) {
        this.labels = new Labels(key, dutch, english);
    }

    @Override
    public Labels labels() {
        return labels;
    }

    /** The verdict whose key is {@code key}, or {@code null}. */
    public static Verdict fromKey(String key) {
        return Term.fromKey(values(), key);
    }
}
