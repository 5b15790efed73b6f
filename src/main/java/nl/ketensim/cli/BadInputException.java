package nl.ketensim.cli;

/** The user's input cannot be used; the message says why in one line. Leads to exit code 2. */
final class BadInputException extends Exception {

    private static final long serialVersionUID = 1L;

    BadInputException(String message) {
        super(message);
    }
}
