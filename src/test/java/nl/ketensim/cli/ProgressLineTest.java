package nl.ketensim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** On a terminal one self-overwriting line; in a batch log a plain line every five percent. */
class ProgressLineTest {

    private static String feed(boolean terminal, double elapsed, int total) {
        StringWriter text = new StringWriter();
        ProgressLine progress = new ProgressLine(new PrintWriter(text), terminal, () -> elapsed);
        for (int done = 1; done <= total; done++) {
            progress.replicationDone(done, total);
        }
        progress.finish();
        return text.toString();
    }

    @Test
    void aBatchLogGetsPlainLinesEveryFivePercentWithoutCarriageReturns() {
        String log = feed(false, 10, 200);
        assertFalse(log.contains("\r"), log);
        List<String> lines = log.lines().toList();
        assertEquals(21, lines.size(), log); // when it first appears, then at 10, 20, ... 200 of 200
        assertEquals("[........................] 1/200 runs, 10 s, about 33 min left", lines.get(0));
        assertEquals("[#.......................] 10/200 runs, 10 s, about 3 min left", lines.get(1));
        assertEquals("[########################] 200/200 runs, 10 s", lines.get(20));
    }

    @Test
    void aTerminalGetsOneLineThatOverwritesItself() {
        String screen = feed(true, 10, 4);
        assertEquals(4, screen.chars().filter(c -> c == '\r').count());
        assertTrue(screen.endsWith("4/4 runs, 10 s   " + System.lineSeparator()), screen);
    }

    @Test
    void roundsOfASequentialDesignAddUp() {
        StringWriter text = new StringWriter();
        ProgressLine progress = new ProgressLine(new PrintWriter(text), true, () -> 10);
        for (int done = 1; done <= 6; done++) {
            progress.replicationDone(done, 6);
        }
        progress.replicationDone(1, 2);
        assertTrue(text.toString().endsWith("7/8 runs, 10 s, about 1 s left   "), text.toString());
        progress.replicationDone(2, 2);
        progress.replicationDone(1, 1);
        assertTrue(text.toString().endsWith("9/9 runs, 10 s   "), text.toString());
    }

    @Test
    void shortRunsStayQuiet() {
        assertEquals("", feed(false, 1, 100));
        assertEquals("", feed(true, 1, 100));
    }
}
