package nl.ketensim.results;

import nl.ketensim.domain.Basisvoorwaarde;
import nl.ketensim.domain.Knelpunt;
import nl.ketensim.domain.Partner;
import nl.ketensim.domain.Term;

/**
 * What one part of a metric name ranges over, e.g. the basisvoorwaarde in
 * {@code without_at_release.id}: turns the key of that part into its term.
 */
@FunctionalInterface
public interface Dimension {

    Dimension BASISVOORWAARDE = of(Basisvoorwaarde.values());
    Dimension KNELPUNT = of(Knelpunt.values());
    Dimension PARTNER = of(Partner.values());

    /** Names from scenario data (regions, PI's): any key, labelled by itself. */
    Dimension NAMES = Name::new;

    /** The term of {@code key}; never {@code null}. */
    Term term(String key);

    /**
     * A closed vocabulary such as {@code Basisvoorwaarde.values()}; a key outside it (a file of
     * another version) becomes a {@link Name}, so it is kept and shown as it is.
     */
    static Dimension of(Term[] terms) {
        return key -> {
            Term term = Term.fromKey(terms, key);
            return term == null ? new Name(key) : term;
        };
    }
}
