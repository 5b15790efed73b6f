package nl.ketensim.domain;

/**
 * A term of the domain vocabulary: an identifier for files and output, and its Dutch and English
 * labels for people.
 */
public interface Term {

    /** The identifier and labels of this term. */
    Labels labels();

    /** Identifier in scenario files and output, e.g. {@code werk_inkomen}. */
    default String key() {
        return labels().key();
    }

    /** Human label in the given language. */
    default String label(Language language) {
        return language == Language.NL ? labels().dutch() : labels().english();
    }

    /** The term among {@code terms} whose key is {@code key}, or {@code null}. */
    static <T extends Term> T fromKey(T[] terms, String key) {
        for (T term : terms) {
            if (term.key().equals(key)) {
                return term;
            }
        }
        return null;
    }

    /**
     * @param key     identifier in files and output
     * @param dutch   Dutch label (the default language)
     * @param english English label
     */
    record Labels(String key, String dutch, String english) { }
}
