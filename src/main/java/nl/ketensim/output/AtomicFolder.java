package nl.ketensim.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Creates a folder all at once: contents are written into a hidden temporary sibling
 * ({@code .<name>.partial-<pid>-<random>}) which is renamed to the final name only when writing
 * succeeded. On failure, and when the JVM is stopped by SIGINT or SIGTERM (a shutdown hook), the
 * temporary folder is deleted, so no half-written folder remains. Only SIGKILL can leave one;
 * {@link #leftovers} finds those whose process no longer runs. The folder gets the usual
 * permissions of a new folder (the umask), not the owner-only ones of a temporary directory.
 */
public final class AtomicFolder {

    /** Writes the contents of a folder that exists and is empty. */
    @FunctionalInterface
    public interface Contents {
        void writeInto(Path folder) throws IOException;
    }

    /** The target folder exists already (also when another run created it first). */
    public static final class ExistsException extends FileAlreadyExistsException {
        private static final long serialVersionUID = 1L;

        ExistsException(Path target) {
            super(target.toString(), null, "output folder exists");
        }
    }

    /** Writing failed (disk full, no permission...); nothing was left behind. */
    public static final class WriteException extends IOException {
        private static final long serialVersionUID = 1L;
        private final transient Path target;

        WriteException(Path target, IOException cause) {
            super("could not write " + target + ": " + reason(cause), cause);
            this.target = target;
        }

        /** The folder that could not be written. */
        public Path target() {
            return target;
        }

        /** Why, in words: {@code No space left on device, at /data/results/.run.partial-12-x/series.csv}. */
        public String reason() {
            return reason((IOException) getCause());
        }

        private static String reason(IOException cause) {
            if (!(cause instanceof FileSystemException fs)) {
                return String.valueOf(cause.getMessage());
            }
            String what = fs.getReason() != null ? fs.getReason()
                    : cause instanceof FileAlreadyExistsException ? "a file is in the way"
                    : cause instanceof java.nio.file.AccessDeniedException ? "permission denied"
                    : cause instanceof java.nio.file.NoSuchFileException ? "no such file or folder"
                    : "cannot write";
            return what + ", at " + fs.getFile();
        }
    }

    private static final String PARTIAL = ".partial-";
    private static final Pattern PARTIAL_NAME = Pattern.compile("\\..+\\.partial-(\\d+)-[0-9a-z]+");
    private static final Set<Path> UNFINISHED = ConcurrentHashMap.newKeySet();
    private static final SecureRandom RANDOM = new SecureRandom();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(AtomicFolder::removeUnfinished, "ketensim-unfinished"));
    }

    private AtomicFolder() { }

    /**
     * @param target   the folder to create; must not exist (its parent is created if needed)
     * @param contents writes the files
     * @throws ExistsException when {@code target} exists, also when another run created it meanwhile
     * @throws WriteException  when the folder could not be written (nothing is left behind)
     */
    public static void create(Path target, Contents contents) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        if (Files.exists(absolute)) {
            throw new ExistsException(target);
        }
        Path temporary;
        try {
            Files.createDirectories(absolute.getParent());
            temporary = createTemporary(absolute);
        } catch (IOException e) {
            throw new WriteException(target, e);
        }
        UNFINISHED.add(temporary);
        boolean moved = false;
        try {
            contents.writeInto(temporary);
            move(temporary, absolute, target);
            moved = true;
        } catch (ExistsException e) {
            throw e;
        } catch (IOException e) {
            throw new WriteException(target, e);
        } finally {
            if (!moved) {
                deleteQuietly(temporary);
            }
            UNFINISHED.remove(temporary);
        }
    }

    /**
     * Hidden temporary folders in {@code parent} left by runs that were killed: their process no
     * longer runs on this machine. Folders of runs still writing are not listed.
     */
    public static List<Path> leftovers(Path parent) {
        List<Path> found = new ArrayList<>();
        if (!Files.isDirectory(parent)) {
            return found;
        }
        try (Stream<Path> entries = Files.list(parent)) {
            for (Path entry : entries.sorted().toList()) {
                Matcher m = PARTIAL_NAME.matcher(entry.getFileName().toString());
                if (m.matches() && Files.isDirectory(entry) && !running(m.group(1))) {
                    found.add(entry);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // unreadable parent: nothing to report
        }
        return found;
    }

    /**
     * The folder an unfinished hidden folder will become ({@code .run.partial-12-x} → {@code run});
     * any other folder itself. Reports drawn before the folder appears name it so.
     */
    public static Path finalPath(Path folder) {
        Path name = folder.getFileName();
        if (name == null || !PARTIAL_NAME.matcher(name.toString()).matches()) {
            return folder;
        }
        String text = name.toString();
        return folder.resolveSibling(text.substring(1, text.lastIndexOf(PARTIAL)));
    }

    private static boolean running(String pid) {
        try {
            return ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** A new hidden sibling, created with the default permissions (umask). */
    private static Path createTemporary(Path absolute) throws IOException {
        String prefix = "." + absolute.getFileName() + PARTIAL + ProcessHandle.current().pid() + "-";
        while (true) {
            Path candidate = absolute.resolveSibling(prefix + Long.toString(RANDOM.nextLong() & Long.MAX_VALUE, 36)
                    .toLowerCase(Locale.ROOT));
            try {
                return Files.createDirectory(candidate);
            } catch (FileAlreadyExistsException e) {
                // another name
            }
        }
    }

    /** Renames; a target that appeared meanwhile (another run with the same --out) is an {@link ExistsException}. */
    private static void move(Path temporary, Path absolute, Path target) throws IOException {
        try {
            Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileSystemException e) {
            if (Files.exists(absolute)) {
                throw new ExistsException(target);
            }
            throw e;
        }
    }

    /** Shutdown hook: deletes the folders still being written when the JVM stops. */
    private static void removeUnfinished() {
        for (Path folder : UNFINISHED) {
            for (int attempt = 0; attempt < 3 && Files.exists(folder); attempt++) {
                deleteQuietly(folder); // the writer may still add files while the JVM stops
            }
        }
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(AtomicFolder::delete);
        } catch (IOException | UncheckedIOException e) {
            // best effort: the original failure is what matters to the caller
        }
    }

    private static void delete(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
