package nl.ketensim.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Permissions, a lost race for the same folder, a failed write and leftovers of killed runs. */
class AtomicFolderTest {

    @TempDir
    Path tmp;

    private List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void theFolderGetsTheUsualPermissionsOfANewFolderNotOwnerOnly() throws IOException {
        AtomicFolder.create(tmp.resolve("run"), dir -> Files.writeString(dir.resolve("a.csv"), "x"));
        Path plain = Files.createDirectory(tmp.resolve("plain"));
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(tmp.resolve("run")),
                "as the umask gives any new folder");
    }

    @Test
    void aRunThatFindsItsFolderTakenMeanwhileEndsAsFolderExists() throws IOException {
        Path target = tmp.resolve("run");
        AtomicFolder.ExistsException e = assertThrows(AtomicFolder.ExistsException.class,
                () -> AtomicFolder.create(target, dir -> {
                    Files.writeString(dir.resolve("mine.csv"), "mine");
                    Files.createDirectory(target); // the other run with the same --out finishes first
                    Files.writeString(target.resolve("theirs.csv"), "theirs");
                }));
        assertEquals(target.toString(), e.getFile());
        assertEquals(List.of("run"), names(tmp), "no hidden folder left");
        assertEquals(List.of("theirs.csv"), names(target), "the other run's folder is untouched");
    }

    @Test
    void aFailedWriteNamesTheFolderAndLeavesNothing() {
        AtomicFolder.WriteException e = assertThrows(AtomicFolder.WriteException.class,
                () -> AtomicFolder.create(tmp.resolve("deep/run"), dir -> {
                    Files.writeString(dir.resolve("summary.csv"), "half");
                    throw new java.nio.file.FileSystemException(dir.resolve("summary.csv").toString(), null,
                            "No space left on device");
                }));
        assertEquals(tmp.resolve("deep/run"), e.target());
        assertTrue(e.getMessage().contains("No space left on device"), e.getMessage());
        assertTrue(Files.notExists(tmp.resolve("deep/run")));
    }

    @Test
    void leftoversOfKilledRunsAreFoundButNotThoseOfRunsStillWriting() throws IOException {
        Files.createDirectory(tmp.resolve(".old.partial-4194305-abc")); // above any pid_max: not running
        Files.createDirectory(tmp.resolve(".busy.partial-" + ProcessHandle.current().pid() + "-abc"));
        Files.createDirectory(tmp.resolve("results-folder"));
        assertEquals(List.of(tmp.resolve(".old.partial-4194305-abc")), AtomicFolder.leftovers(tmp));
    }
}
