package nl.ketensim.scenario;

import java.util.List;

/**
 * A scenario could not be read or is invalid. Carries every problem found, each already phrased
 * for the user (file, line and column where known, field path, what is allowed).
 */
public final class ScenarioException extends Exception {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public ScenarioException(List<String> problems) {
        super(String.join(System.lineSeparator(), problems));
        this.problems = List.copyOf(problems);
    }

    /** The problems, one message each, in the order they were found. */
    public List<String> problems() {
        return problems;
    }
}
