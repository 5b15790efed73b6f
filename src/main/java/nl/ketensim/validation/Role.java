package nl.ketensim.validation;

import nl.ketensim.domain.Term;

/** What a published figure is to the model: only a {@link #PREDICTION} counts as validation. */
public enum Role implements Term {
    /** Set directly in the scenario (e.g. admissions per year). */
    INPUT("input", "invoer", "input"),
    /** A scenario value was tuned to hit it. */
    CALIBRATED("calibrated", "gekalibreerd", "calibrated"),
    /** Nothing was tuned to it: a genuine test of the model. */
    PREDICTION("prediction", "voorspelling", "prediction");

    private final Labels labels;

    Role(String key, String dutch, String english) {
        this.labels = new Labels(key, dutch, english);
    }

    @Override
    public Labels labels() {
        return labels;
    }

    /** The role whose key is {@code key}, or {@code null}. */
    public static Role fromKey(String key) {
        return Term.fromKey(values(), key);
    }
}
