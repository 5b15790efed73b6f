package nl.ketensim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import nl.ketensim.output.AtomicFolder;

/**
 * Before a command writes a folder, names the hidden temporary folders beside it that a killed
 * run (SIGKILL, a scheduler's hard kill) left behind: they hold no usable results.
 */
final class LeftoverNote {

    private LeftoverNote() { }

    /** Prints one line per leftover beside {@code folder}. */
    static void print(Path folder, PrintWriter err) {
        Path parent = folder.getParent() != null ? folder.getParent() : Path.of("");
        for (Path leftover : AtomicFolder.leftovers(parent.toAbsolutePath())) {
            err.println("ketensim: note: " + parent.resolve(leftover.getFileName()) + " was left by a run that "
                    + "was killed while writing (its process no longer runs); it holds no usable results, delete it");
        }
        err.flush();
    }
}
