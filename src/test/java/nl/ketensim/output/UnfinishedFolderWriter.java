package nl.ketensim.output;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Test helper run as its own JVM by {@link SignalTest}: starts writing a folder, says so on
 * stdout, and waits to be stopped by a signal while the folder is unfinished.
 */
public final class UnfinishedFolderWriter {

    private UnfinishedFolderWriter() { }

    public static void main(String[] args) throws Exception {
        AtomicFolder.create(Path.of(args[0]), dir -> {
            Files.writeString(dir.resolve("summary.csv"), "half");
            System.out.println("writing");
            System.out.flush();
            try {
                Thread.sleep(600_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }
}
