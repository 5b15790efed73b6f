package nl.ketensim.scenario;

/**
 * Short forms of a scenario's description (its policy question) for listings: the first line,
 * or the first sentence shortened to a maximum length.
 */
public final class PolicyQuestion {

    private static final String ELLIPSIS = "...";

    private PolicyQuestion() { }

    /** The first non-blank line of {@code description}, stripped; "" when there is none. */
    public static String firstLine(String description) {
        return description == null ? "" : description.lines().map(String::strip)
                .filter(line -> !line.isEmpty()).findFirst().orElse("");
    }

    /**
     * The first sentence of the first line (up to and including the first {@code .}, {@code ?}
     * or {@code !} followed by a space), cut at a word boundary and ended with {@code ...} when
     * it is longer than {@code maxLength} characters.
     */
    public static String shortened(String description, int maxLength) {
        String line = firstLine(description);
        String sentence = line;
        for (int i = 0; i < line.length() - 1; i++) {
            char c = line.charAt(i);
            if ((c == '.' || c == '?' || c == '!') && line.charAt(i + 1) == ' ') {
                sentence = line.substring(0, i + 1);
                break;
            }
        }
        if (sentence.length() <= maxLength) {
            return sentence;
        }
        int cut = sentence.lastIndexOf(' ', maxLength - ELLIPSIS.length());
        String head = cut > 0 ? sentence.substring(0, cut) : sentence.substring(0, maxLength - ELLIPSIS.length());
        return head.stripTrailing().replaceAll("[,;:]$", "") + ELLIPSIS;
    }
}
