package nl.ketensim.validation;

import java.util.List;

/**
 * The file of published figures could not be read or is invalid. Carries every problem found,
 * each as {@code file:line:column: field: what is wrong; allowed: ...}.
 */
public final class ValidationFileException extends Exception {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public ValidationFileException(List<String> problems) {
        super(String.join(System.lineSeparator(), problems));
        this.problems = List.copyOf(problems);
    }

    /** The problems, one message each, in file order. */
    public List<String> problems() {
        return problems;
    }
}
