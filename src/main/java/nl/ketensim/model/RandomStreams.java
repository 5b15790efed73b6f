package nl.ketensim.model;

import java.util.EnumMap;
import java.util.Map;
import umontreal.ssj.rng.MRG32k3aL;

/**
 * The named random streams of one replication: one MRG32k3a stream per source of randomness,
 * created in the fixed order of {@link Source}. The streams are SSJ's {@link MRG32k3aL}: the same
 * generator, seeds and substreams as SSJ's {@code MRG32k3a}, and the same numbers to the bit, computed
 * in 64-bit integers, about twice as fast (docs/performance.md). Replication r uses substream r of every
 * stream, so two scenarios run with the same seed share common random numbers per replication.
 */
public final class RandomStreams {

    /** The sources of randomness, in the order their streams are created. Never reorder. */
    public enum Source {
        /** Interarrival times of admissions. */
        ARRIVALS,
        /** Legal course and lengths of stay (status, remand, conviction, transfer, sudden release). */
        STAY,
        /** Person attributes: sex, age, region, placement, transfer's PI, LVB, toezicht, cooperation, nazorg signals, absence. */
        ATTRIBUTES,
        /** Needs (copula) and the fate of each need, aftercare included, fixed at admission. */
        NEEDS,
        /** A person's staff hours for intake, information, plan, MDO's and alignment, and the video choice, drawn at admission. */
        HOURS,
        /** The admission times of the population already detained at the start (and of the past it replays). */
        INITIAL_POPULATION
    }

    private static final long M1 = 4294967087L;
    private static final long M2 = 4294944443L;

    private final Map<Source, MRG32k3aL> prototypes = new EnumMap<>(Source.class);

    /**
     * Creates the stream prototypes for an experiment seed.
     *
     * @param seed experiment seed; any long
     */
    public RandomStreams(long seed) {
        synchronized (RandomStreams.class) {
            MRG32k3aL.setPackageSeed(packageSeed(seed));
            for (Source source : Source.values()) {
                prototypes.put(source, new MRG32k3aL(source.name()));
            }
        }
    }

    /** Fresh copies of all streams, each positioned at the start of substream {@code replication}. */
    public Map<Source, MRG32k3aL> forReplication(int replication) {
        Map<Source, MRG32k3aL> streams = new EnumMap<>(Source.class);
        for (Map.Entry<Source, MRG32k3aL> e : prototypes.entrySet()) {
            MRG32k3aL stream = e.getValue().clone();
            stream.resetStartStream();
            for (int r = 0; r < replication; r++) {
                stream.resetNextSubstream();
            }
            streams.put(e.getKey(), stream);
        }
        return streams;
    }

    /** Maps a long seed to a valid MRG32k3a package seed (components below the moduli, never all 0). */
    static long[] packageSeed(long seed) {
        long low = seed & 0xffffffffL;
        long high = seed >>> 32;
        return new long[] {low % M1, high % M1, 12345, low % M2, high % M2, 12345};
    }
}
