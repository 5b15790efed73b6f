package nl.ketensim.scenario;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Collects the problems of one load, so that all of them are reported in one pass.
 * {@link #messages()} orders them by file and position, then overrides in the order given, and
 * keeps only the first problem of each value (same place and field path): a later stage does not
 * repeat what an earlier stage already said about it.
 */
final class Problems {

    private final List<Problem> found = new ArrayList<>();

    void add(Origin where, String path, String message) {
        found.add(new Problem(where, path, message, null));
    }

    void add(Origin where, String path, String message, String got) {
        found.add(new Problem(where, path, message, got));
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    /** One formatted line per problem, files first (by name, line, column), then overrides. */
    List<String> messages() {
        List<Problem> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparingInt((Problem p) -> p.where() instanceof Origin.FromOverride o ? 1 + o.order() : 0)
                .thenComparing(p -> fileOf(p.where()))
                .thenComparingInt(p -> p.where() instanceof Origin.InFile f ? f.line() : 0)
                .thenComparingInt(p -> p.where() instanceof Origin.InFile f ? f.column() : 0));
        Set<List<Object>> seen = new HashSet<>();
        List<String> lines = new ArrayList<>();
        for (Problem p : sorted) {
            if (seen.add(Arrays.asList(p.where(), p.path()))) {
                lines.add(p.format());
            }
        }
        return lines;
    }

    private static String fileOf(Origin where) {
        if (where instanceof Origin.InFile f) {
            return f.file();
        }
        if (where instanceof Origin.WholeFile f) {
            return f.file();
        }
        return "";
    }
}
