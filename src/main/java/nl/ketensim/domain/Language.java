package nl.ketensim.domain;

/** Output language for labels in tables, charts and reports; Dutch is the default. */
public enum Language {
    NL, EN
}
