package nl.ketensim.scenario;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * SHA-256 of a resolved scenario: every value after {@code extends}, relative values and
 * {@code --set}, as {@code path=value} lines in the order of {@link LoadedScenario#values()}
 * (numbers as Java writes a {@code double}, text with {@code \} and line ends escaped). Two
 * scenarios with the same values have the same hash however their files are written (comments,
 * layout, inheritance); a change to any value, in any file of the {@code extends} chain or by an
 * override, changes it. The scenario's name and description are values too.
 */
public final class ResolvedScenarioHash {

    private ResolvedScenarioHash() { }

    /** Lower-case hex SHA-256 of the scenario's resolved values. */
    public static String of(LoadedScenario scenario) {
        StringBuilder text = new StringBuilder();
        for (Map.Entry<String, Object> e : scenario.values().entrySet()) {
            text.append(e.getKey()).append('=').append(escape(String.valueOf(e.getValue()))).append('\n');
        }
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
    }
}
