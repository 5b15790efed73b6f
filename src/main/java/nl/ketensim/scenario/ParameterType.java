package nl.ketensim.scenario;

/** The kind of value a scenario parameter holds. */
public enum ParameterType {
    /** A finite decimal number. */
    NUMBER,
    /** A whole number. */
    INTEGER,
    /** {@code true} or {@code false}. */
    BOOLEAN,
    /** Non-empty text. */
    TEXT,
    /** One of a closed list of words. */
    CHOICE
}
