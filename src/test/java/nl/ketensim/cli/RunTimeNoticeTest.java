package nl.ketensim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RunTimeNoticeTest {

    @Test
    void shortRunsStayQuiet() {
        assertTrue(RunTimeNotice.line(1.0, 10, 1, 2).isEmpty());
    }

    @Test
    void longRunsGetTheirEstimateOnTheThreadsTheyCanUse() {
        assertEquals("Estimated run time: about 17 min (100 replications on 4 threads; a rough estimate from "
                + "inflow and stay). Ctrl-C stops the run and leaves no folder.",
                RunTimeNotice.line(40, 100, 1, 4).orElseThrow());
        assertEquals("Estimated run time: about 2 min (2 replications on 2 threads; a rough estimate from "
                + "inflow and stay). Ctrl-C stops the run and leaves no folder.",
                RunTimeNotice.line(100, 2, 1, 8).orElseThrow());
        assertTrue(RunTimeNotice.line(3600, 10, 1, 1).orElseThrow().contains("about 10.0 hours"));
        assertEquals("Estimated run time: about 5 min (30 replications × 5 scenarios on 2 threads; a rough "
                + "estimate from inflow and stay). Ctrl-C stops the run and leaves no folder.",
                RunTimeNotice.line(20, 30, 5, 2).orElseThrow());
    }
}
