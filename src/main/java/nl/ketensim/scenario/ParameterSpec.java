package nl.ketensim.scenario;

import java.util.List;

/**
 * The definition of one scenario parameter: one row of {@link ParameterCatalog}.
 *
 * @param path        field path; list items are written {@code regions[].name}
 * @param type        kind of value
 * @param unit        unit of a numeric value ({@code days}, {@code FTE}, {@code share}...), else ""
 * @param range       allowed numeric range ({@link Range#ANY} for non-numeric parameters)
 * @param allowed     allowed words of a {@link ParameterType#CHOICE}, else empty
 * @param description one-line English description for the parameter reference
 */
public record ParameterSpec(String path, ParameterType type, String unit, Range range,
                            List<String> allowed, String description) {

    public ParameterSpec {
        allowed = List.copyOf(allowed);
    }

    /** Whether the value is a number (so relative values such as {@code +20%} apply). */
    public boolean numeric() {
        return type == ParameterType.NUMBER || type == ParameterType.INTEGER;
    }

    /** What a valid value looks like: {@code a number (FTE)}, {@code one of fifo, edf}... */
    public String expected() {
        return switch (type) {
            case NUMBER -> "a number (" + unit + ")";
            case INTEGER -> "an integer (" + unit + ")";
            case BOOLEAN -> "true or false";
            case TEXT -> "a text";
            case CHOICE -> "one of " + String.join(", ", allowed);
        };
    }
}
