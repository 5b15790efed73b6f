package nl.ketensim.scenario;

/**
 * Where a value, key or problem comes from: a position in a scenario file, a whole file, or a
 * {@code --set} override. {@link #describe()} is the prefix of every problem message.
 */
sealed interface Origin {

    /** The user-facing location, e.g. {@code scenarios/x.yaml:12:5} or {@code --set a.b=1}. */
    String describe();

    /** A position in a file; line and column are 1-based. */
    record InFile(String file, int line, int column) implements Origin {
        @Override
        public String describe() {
            return file + ":" + line + ":" + column;
        }
    }

    /** A file as a whole (not found, unreadable, empty). */
    record WholeFile(String file) implements Origin {
        @Override
        public String describe() {
            return file;
        }
    }

    /**
     * A {@code --set} override.
     *
     * @param path the field path it sets, normalised (e.g. {@code regions[2].name}); null when the
     *             override could not be parsed
     * @param text  the override as the user wrote it
     * @param order position of the override in the list given (0-based); problems follow it
     */
    record FromOverride(String path, String text, int order) implements Origin {
        @Override
        public String describe() {
            return "--set " + text;
        }
    }
}
