package nl.ketensim.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A deterministic subset of the replications: shard {@code index} of {@code count} runs the
 * replications r with {@code r % count == index}. Shards 0..count-1 together run every
 * replication exactly once, whatever the thread count of each.
 *
 * @param index 0-based shard index, 0 &le; index &lt; count
 * @param count number of shards, &ge; 1
 */
public record ShardSpec(int index, int count) {

    /** The whole experiment as one shard. */
    public static final ShardSpec ALL = new ShardSpec(0, 1);

    private static final Pattern TEXT = Pattern.compile("(\\d{1,9})/(\\d{1,9})");

    public ShardSpec {
        if (count < 1 || index < 0 || index >= count) {
            throw new IllegalArgumentException("shard must be i/n with 0 <= i < n, got " + index + "/" + count);
        }
    }

    /** Parses {@code i/n}; empty when the text is not of that form or out of range. */
    public static Optional<ShardSpec> parse(String text) {
        Matcher m = TEXT.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        int index = Integer.parseInt(m.group(1));
        int count = Integer.parseInt(m.group(2));
        return count >= 1 && index < count ? Optional.of(new ShardSpec(index, count)) : Optional.empty();
    }

    /** Whether this shard is the whole experiment. */
    public boolean isAll() {
        return count == 1;
    }

    /** The replication indices of this shard among 0..replications-1, ascending (may be empty). */
    public List<Integer> replications(int replications) {
        List<Integer> mine = new ArrayList<>();
        for (int r = index; r < replications; r += count) {
            mine.add(r);
        }
        return mine;
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
