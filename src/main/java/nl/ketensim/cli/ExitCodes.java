package nl.ketensim.cli;

/** Exit codes of every ketensim command. */
public final class ExitCodes {

    /** Success. */
    public static final int OK = 0;
    /** Unexpected internal error (a bug, or e.g. the disk is full). */
    public static final int INTERNAL_ERROR = 1;
    /** Bad input: unknown or out-of-range options, missing or invalid scenario. */
    public static final int BAD_INPUT = 2;

    private ExitCodes() { }
}
