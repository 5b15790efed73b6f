package nl.ketensim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

    private final CliHarness cli = new CliHarness();

    @Test
    void withoutACommandPrintsUsageAndExitsTwo() {
        CliHarness.Outcome o = cli.execute();

        assertEquals(ExitCodes.BAD_INPUT, o.exitCode());
        assertTrue(o.err().contains("Usage: ketensim"), o.err());
    }

    @Test
    void helpAndVersionExitZero() {
        CliHarness.Outcome help = cli.execute("run", "--help");
        CliHarness.Outcome version = cli.execute("--version");

        assertEquals(0, help.exitCode());
        assertTrue(help.out().contains("--replications=N"), help.out());
        assertEquals(0, version.exitCode());
        assertTrue(version.out().startsWith("ketensim "), version.out());
    }

    @Test
    void anUnknownCommandIsAUsageError() {
        assertEquals(ExitCodes.BAD_INPUT, cli.execute("runn").exitCode());
    }

    @Test
    void benchReportsSpeedAndMemory(@TempDir Path tmp) throws IOException {
        Path scenario = Files.writeString(tmp.resolve("fake.yaml"), "name: fake\n");

        CliHarness.Outcome o = cli.execute("bench", scenario.toString(), "--years", "1", "--replications", "2",
                "--threads", "2");

        assertEquals(0, o.exitCode(), o.err());
        assertTrue(o.out().contains("seconds per replication-year"), o.out());
        assertTrue(o.out().contains("ns per event"), o.out());
        assertTrue(o.out().contains("peak heap used"), o.out());
        assertTrue(o.out().contains("parallel efficiency"), o.out());
    }

    @Test
    void benchValidatesItsOptions() {
        assertEquals(ExitCodes.BAD_INPUT, cli.execute("bench", "--replications", "0").exitCode());
        assertEquals(ExitCodes.BAD_INPUT, cli.execute("bench", "--years", "-1").exitCode());
        assertEquals(ExitCodes.BAD_INPUT, cli.execute("bench", "--threads", "0").exitCode());
        assertEquals(ExitCodes.BAD_INPUT, cli.execute("bench", "--event-list", "calendar").exitCode());
        CliHarness.Outcome tooLong = cli.execute("run", "x.yaml", "--years", "1e6");
        assertEquals(ExitCodes.BAD_INPUT, tooLong.exitCode());
        assertTrue(tooLong.err().startsWith("Invalid value for option '--years': must be a number of years > 0 and "
                + "<= 1000 (for more, add replications), got 1000000.0"), tooLong.err());
        assertEquals(ExitCodes.BAD_INPUT, cli.execute("run", "x.yaml", "--years", "NaN").exitCode());
        assertEquals(ExitCodes.BAD_INPUT, cli.execute("bench", "missing.yaml").exitCode());
    }

    @Test
    void everyCommandsHelpFormatsWithoutPicocliWarnings() {
        PrintStream stderr = System.err;
        ByteArrayOutputStream warnings = new ByteArrayOutputStream();
        System.setErr(new PrintStream(warnings, true, StandardCharsets.UTF_8));
        try {
            for (String command : Main.commandLine().getSubcommands().keySet()) {
                assertEquals(0, cli.execute(command, "--help").exitCode(), command);
            }
        } finally {
            System.setErr(stderr);
        }
        assertEquals("", warnings.toString(StandardCharsets.UTF_8));
    }
}
