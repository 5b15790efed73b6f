package nl.ketensim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import nl.ketensim.domain.Knelpunt;
import org.junit.jupiter.api.Test;

/**
 * The days lost per knelpunt of every missed need partition its open time: from admission (for the
 * initial population, the admission before time 0), or from when detention created it, to release,
 * one knelpunt per interval.
 */
class DaysLostPartitionTest {

    @Test
    void daysLostAddUpToTheStayOfEveryMissedNeed() {
        ChainSimulation chain = new ChainSimulation(ModelRuns.basis(), new RandomStreams(99).forReplication(0), 0, 0.2);
        long[] checked = new long[1];
        long[] withKnelpunt = new long[Knelpunt.values().length];
        chain.listenToReleases(r -> {
            for (int b = 0; b < r.missed().length; b++) {
                if (r.missed()[b] == null) {
                    continue;
                }
                double[] lost = r.daysLost()[b];
                double open = r.stayDays() - r.onsetDays()[b];
                assertEquals(open, Arrays.stream(lost).sum(), 1e-6 * Math.max(1, r.stayDays()),
                        "need " + b + " days lost " + Arrays.toString(lost));
                assertTrue(Arrays.stream(lost).allMatch(d -> d >= -1e-9), Arrays.toString(lost));
                assertTrue(lost[r.missed()[b].ordinal()] > 0 || r.stayDays() == 0,
                        "the knelpunt at release lost no days: " + r.missed()[b]);
                for (int k = 0; k < lost.length; k++) {
                    if (lost[k] > 0) {
                        withKnelpunt[k]++;
                    }
                }
                checked[0]++;
            }
        });
        chain.run();
        assertTrue(checked[0] > 1000, "checked " + checked[0]);
        for (Knelpunt k : Knelpunt.values()) {
            assertTrue(withKnelpunt[k.ordinal()] > 0, "no days lost to " + k);
        }
    }
}
