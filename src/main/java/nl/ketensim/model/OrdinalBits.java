package nl.ketensim.model;

/**
 * Sets of enum constants kept as the bits of an int, by ordinal: for per-case and per-release flags
 * on hot paths, where a {@code boolean[]} or an {@code EnumSet} would be one more object (enums of
 * fewer than 32 constants).
 */
final class OrdinalBits {

    private OrdinalBits() {
    }

    /** The bit of the constant with ordinal {@code ordinal}. */
    static int bit(int ordinal) {
        return 1 << ordinal;
    }

    /** The bit of {@code value}. */
    static int bit(Enum<?> value) {
        return bit(value.ordinal());
    }

    /** Whether {@code bits} holds the constant with ordinal {@code ordinal}. */
    static boolean contains(int bits, int ordinal) {
        return (bits & bit(ordinal)) != 0;
    }

    /** Whether {@code bits} holds {@code value}. */
    static boolean contains(int bits, Enum<?> value) {
        return contains(bits, value.ordinal());
    }
}
