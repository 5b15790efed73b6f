package nl.ketensim.output;

/**
 * The git state the running jar was built from: written at build time (a cluster node that runs
 * the jar has no checkout), read by {@link BuildInfo}.
 *
 * @param commit the commit's full hash (40 lower-case hex digits), or {@value #UNKNOWN} when the
 *               jar was built outside a git checkout or without git
 * @param dirty  {@code true} when the work tree had uncommitted changes or untracked files (the
 *               jar may then differ from the commit), {@code false} when clean, {@value #UNKNOWN}
 *               with an unknown commit
 */
public record GitRevision(String commit, String dirty) {

    /** The value of either field when the jar does not know it. */
    public static final String UNKNOWN = "unknown";

    /** Nothing known. */
    public static GitRevision unknown() {
        return new GitRevision(UNKNOWN, UNKNOWN);
    }

    /**
     * The revision from the build's values; anything but a 40-digit hash, or a dirty flag other
     * than {@code true} or {@code false}, counts as unknown (e.g. an unfiltered placeholder).
     */
    public static GitRevision of(String commit, String dirty) {
        String c = commit == null ? "" : commit.trim();
        String d = dirty == null ? "" : dirty.trim();
        if (!c.matches("[0-9a-f]{40}") || !(d.equals("true") || d.equals("false"))) {
            return unknown();
        }
        return new GitRevision(c, d);
    }

    /** Whether the commit is known. */
    public boolean known() {
        return !commit.equals(UNKNOWN);
    }
}
