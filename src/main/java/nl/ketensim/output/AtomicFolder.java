package nl.ketensim.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Creates a folder all at once: contents are written into a hidden temporary sibling
 * ({@code .<name>.partial-<random>}) which is renamed to the final name only when writing
 * succeeded. On failure the temporary folder is deleted, so no half-written folder remains.
 */
public final class AtomicFolder {

    /** Writes the contents of a folder that exists and is empty. */
    @FunctionalInterface
    public interface Contents {
        void writeInto(Path folder) throws IOException;
    }

    private AtomicFolder() { }

    /**
     * @param target   the folder to create; must not exist (its parent is created if needed)
     * @param contents writes the files
     * @throws FileAlreadyExistsException when {@code target} exists
     */
    public static void create(Path target, Contents contents) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        if (Files.exists(absolute)) {
            throw new FileAlreadyExistsException(absolute.toString(), null, "output folder exists");
        }
        Path parent = absolute.getParent();
        Files.createDirectories(parent);
        Path temporary = Files.createTempDirectory(parent, "." + absolute.getFileName() + ".partial-");
        boolean moved = false;
        try {
            contents.writeInto(temporary);
            Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE);
            moved = true;
        } finally {
            if (!moved) {
                deleteQuietly(temporary);
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
