package nl.ketensim.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether stderr is a terminal, which Java 17 cannot ask directly. */
final class Terminal {

    private Terminal() { }

    /**
     * On Linux, whether file descriptor 2 is a terminal device ({@code /dev/pts/*}, {@code /dev/tty*});
     * elsewhere, whether the JVM has a console (stdin and stdout are terminals).
     */
    static boolean isStderr() {
        Path fd = Path.of("/proc/self/fd/2");
        if (Files.exists(fd, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            try {
                String device = Files.readSymbolicLink(fd).toString();
                return device.startsWith("/dev/pts/") || device.startsWith("/dev/tty");
            } catch (IOException | UnsupportedOperationException | SecurityException e) {
                return false;
            }
        }
        return System.console() != null;
    }
}
