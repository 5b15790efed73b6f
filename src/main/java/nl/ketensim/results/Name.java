package nl.ketensim.results;

import nl.ketensim.domain.Term;

/**
 * A key in output that is no domain term: a name from scenario data (a region, a PI) or a key read
 * from a file that this version does not know. Its label is the key itself, in both languages.
 *
 * @param key the key as written in output
 */
public record Name(String key) implements Term {

    @Override
    public Labels labels() {
        return new Labels(key, key, key);
    }
}
