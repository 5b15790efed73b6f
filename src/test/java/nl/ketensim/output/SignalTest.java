package nl.ketensim.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGINT and SIGTERM while a folder is being written leave neither the folder nor its hidden
 * temporary folder (a separate JVM, stopped by a real signal). The guards of a minute catch a
 * process that does not stop; they are not timing assertions.
 */
class SignalTest {

    @TempDir
    Path tmp;

    static Process java(Path workDir, String mainClass, String... args) throws IOException {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).directory(workDir.toFile()).start();
    }

    /** Sends a signal by name (INT, TERM) with the system's kill command. */
    static void signal(Process process, String name) throws Exception {
        Process kill = new ProcessBuilder("kill", "-" + name, Long.toString(process.pid())).inheritIO().start();
        assertEquals(0, kill.waitFor(), "kill -" + name);
    }

    @Test
    void sigintLeavesNoFolder() throws Exception {
        stopWhileWriting("INT");
    }

    @Test
    void sigtermLeavesNoFolder() throws Exception {
        stopWhileWriting("TERM");
    }

    private void stopWhileWriting(String signalName) throws Exception {
        Path target = tmp.resolve("results").resolve("run");
        Process process = java(tmp, UnfinishedFolderWriter.class.getName(), target.toString());
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            assertEquals("writing", out.readLine(), "the helper started writing");
            assertEquals(1, names(target.getParent()).size(), "the unfinished hidden folder exists");
            signal(process, signalName);
            assertTrue(process.waitFor(1, TimeUnit.MINUTES), "stopped");
        } finally {
            process.destroyForcibly();
        }
        assertEquals(List.of(), names(target.getParent()), "neither the folder nor a hidden one is left");
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
