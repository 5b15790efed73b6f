package nl.ketensim.experiment;

/** A replication threw; the experiment was stopped. The cause is the replication's exception. */
public final class ReplicationFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int replication;

    public ReplicationFailedException(int replication, Throwable cause) {
        super("replication " + replication + " failed: " + describe(cause), cause);
        this.replication = replication;
    }

    /** Index of the (lowest-numbered observed) failing replication. */
    public int replication() {
        return replication;
    }

    private static String describe(Throwable cause) {
        String message = cause.getMessage();
        return cause.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
