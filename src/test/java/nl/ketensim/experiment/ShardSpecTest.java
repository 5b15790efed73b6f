package nl.ketensim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ShardSpecTest {

    @Test
    void theShardsOfAStudyRunEveryReplicationExactlyOnce() {
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            all.addAll(new ShardSpec(i, 4).replications(10));
        }
        all.sort(null);

        assertEquals(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9), all);
        assertEquals(List.of(1, 5, 9), new ShardSpec(1, 4).replications(10));
        assertEquals(List.of(), new ShardSpec(3, 4).replications(3));
    }

    @Test
    void parsesIOverNAndRejectsEverythingElse() {
        assertEquals(Optional.of(new ShardSpec(2, 8)), ShardSpec.parse("2/8"));
        assertEquals(Optional.of(ShardSpec.ALL), ShardSpec.parse("0/1"));
        for (String bad : List.of("8/8", "1/0", "-1/4", "1", "a/b", "1/4/2", "", " / ")) {
            assertTrue(ShardSpec.parse(bad).isEmpty(), bad);
        }
    }
}
