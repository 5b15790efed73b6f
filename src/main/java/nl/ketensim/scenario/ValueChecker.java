package nl.ketensim.scenario;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;

/**
 * Checks one value against its {@link ParameterSpec}: kind, type, range, allowed words.
 * Returns the typed value ({@code Double}, {@code Integer}, {@code Boolean} or {@code String}).
 */
final class ValueChecker {

    private static final Set<String> TRUE = Set.of("true", "True", "TRUE");
    private static final Set<String> FALSE = Set.of("false", "False", "FALSE");

    private final Problems problems;

    ValueChecker(Problems problems) {
        this.problems = problems;
    }

    /** The typed value, or empty after recording the problem. */
    Optional<Object> check(ParameterSpec spec, ConfigNode node, String path) {
        if (!(node instanceof ConfigNode.Scalar scalar) || scalar.text() == null) {
            return wrongType(spec, node, path);
        }
        String text = scalar.text();
        switch (spec.type()) {
            case NUMBER:
                if (!Numbers.isDecimal(text) || !Double.isFinite(Double.parseDouble(text))) {
                    return wrongType(spec, node, path);
                }
                return inRange(spec, node, path, Double.parseDouble(text));
            case INTEGER:
                if (!Numbers.isInteger(text)) {
                    return wrongType(spec, node, path);
                }
                BigDecimal whole = new BigDecimal(text);
                if (whole.abs().compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
                    return outOfRange(spec, node, path);
                }
                return inRange(spec, node, path, whole.intValue()).map(v -> whole.intValue());
            case BOOLEAN:
                if (TRUE.contains(text) || FALSE.contains(text)) {
                    return Optional.of(TRUE.contains(text));
                }
                return wrongType(spec, node, path);
            case CHOICE:
                if (spec.allowed().contains(text)) {
                    return Optional.of(text);
                }
                problems.add(node.origin(), path, "\"" + text + "\" is not allowed; allowed: "
                        + String.join(", ", spec.allowed()));
                return Optional.empty();
            case TEXT:
            default:
                if (text.isBlank()) {
                    problems.add(node.origin(), path, "expected a non-empty text", node.shown());
                    return Optional.empty();
                }
                return Optional.of(text);
        }
    }

    private Optional<Object> inRange(ParameterSpec spec, ConfigNode node, String path, double value) {
        if (spec.range().contains(value)) {
            return Optional.of(value);
        }
        return outOfRange(spec, node, path);
    }

    private Optional<Object> outOfRange(ParameterSpec spec, ConfigNode node, String path) {
        problems.add(node.origin(), path, ((ConfigNode.Scalar) node).text() + " is out of range; allowed: "
                + spec.range().describe() + " (" + spec.unit() + ")");
        return Optional.empty();
    }

    private Optional<Object> wrongType(ParameterSpec spec, ConfigNode node, String path) {
        problems.add(node.origin(), path, "expected " + spec.expected(), node.shown());
        return Optional.empty();
    }
}
