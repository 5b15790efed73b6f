package nl.ketensim.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One parsed {@code --set path=value} override.
 *
 * @param segments the path, one key or list index per segment
 * @param valueText the value as written (YAML: a scalar such as {@code 20}, {@code +20%}, {@code fifo},
 *                  or a flow list or mapping)
 * @param origin   where problems about it are reported
 */
record SetOverride(List<Segment> segments, String valueText, Origin.FromOverride origin) {

    private static final Pattern SEGMENT = Pattern.compile("([^.\\[\\]=\\s]+)((?:\\[\\d+])*)");
    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");

    /** A key of a mapping, or (when {@code key} is null) an index into a list. */
    record Segment(String key, int index) {
        boolean isIndex() {
            return key == null;
        }
    }

    /**
     * Parses {@code path=value}; the path is keys separated by dots, each optionally followed by
     * 0-based list indexes, e.g. {@code prisons[2].places=+10%}.
     *
     * @param order position of this override among those given
     */
    static Optional<SetOverride> parse(String text, int order, Problems problems) {
        String raw = text == null ? "" : text;
        int eq = raw.indexOf('=');
        String path = eq < 0 ? "" : raw.substring(0, eq).strip();
        List<Segment> segments = eq < 0 ? null : segments(path);
        if (segments == null || segments.isEmpty()) {
            problems.add(new Origin.FromOverride(null, raw, order), null,
                    "expected path=value, e.g. staffing.casemanager.fte=+20%");
            return Optional.empty();
        }
        Origin.FromOverride origin = new Origin.FromOverride(pathOf(segments), raw, order);
        return Optional.of(new SetOverride(segments, raw.substring(eq + 1).strip(), origin));
    }

    /** The segments of a dotted path, or null when it is not one. */
    private static List<Segment> segments(String path) {
        List<Segment> segments = new ArrayList<>();
        for (String part : path.split("\\.", -1)) {
            Matcher m = SEGMENT.matcher(part);
            if (!m.matches()) {
                return null;
            }
            segments.add(new Segment(m.group(1), -1));
            Matcher index = INDEX.matcher(m.group(2));
            while (index.find()) {
                try {
                    segments.add(new Segment(null, Integer.parseInt(index.group(1))));
                } catch (NumberFormatException e) {
                    return null;
                }
            }
        }
        return segments;
    }

    /** The field path of the segments, e.g. {@code regions[2].name}. */
    static String pathOf(List<Segment> segments) {
        String path = "";
        for (Segment s : segments) {
            path = s.isIndex() ? FieldPaths.item(path, s.index()) : FieldPaths.child(path, s.key());
        }
        return path;
    }
}
