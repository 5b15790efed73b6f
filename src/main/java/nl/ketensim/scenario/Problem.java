package nl.ketensim.scenario;

/**
 * One problem found in a scenario, formatted as one line:
 * {@code <where>: <field path>: <message>[, got <value>]}.
 *
 * @param where   where the problem is
 * @param path    field path (e.g. {@code staffing.casemanager.fte}), or null when it concerns no field
 * @param message what is wrong and what is allowed
 * @param got     the offending value as shown to the user (e.g. {@code "abc"}), or null
 */
record Problem(Origin where, String path, String message, String got) {

    /** The message line. An override that sets {@code path} itself already shows path and value. */
    String format() {
        StringBuilder line = new StringBuilder(where.describe());
        boolean overrideOfThisField = where instanceof Origin.FromOverride o
                && o.path() != null && o.path().equals(path);
        if (path != null && !path.isEmpty() && !overrideOfThisField) {
            line.append(": ").append(path);
        }
        line.append(": ").append(message);
        if (got != null && !overrideOfThisField) {
            line.append(", got ").append(got);
        }
        return line.toString();
    }
}
