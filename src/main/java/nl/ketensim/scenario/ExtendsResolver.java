package nl.ketensim.scenario;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Stage 2b: reads a scenario file and the chain of files it {@code extends} (each path relative
 * to the file naming it), and merges each child over its parent. Refuses cycles, and a child
 * without its own {@code name}.
 */
final class ExtendsResolver {

    private static final String NAME = "name";

    private final YamlTreeReader reader;
    private final TreeMerger merger;
    private final Problems problems;

    ExtendsResolver(YamlTreeReader reader, TreeMerger merger, Problems problems) {
        this.reader = reader;
        this.merger = merger;
        this.problems = problems;
    }

    /**
     * @return the merged tree without {@code extends} keys, or empty when a file of the chain
     *         could not be read or a reference is broken (problems recorded)
     */
    Optional<ConfigNode> resolve(Path file) {
        return resolve(file, new ArrayList<>());
    }

    private Optional<ConfigNode> resolve(Path file, List<Path> chain) {
        Optional<ConfigNode> read = reader.readFile(file);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        if (!(read.get() instanceof ConfigNode.Mapping root)) {
            problems.add(read.get().origin(), null, "expected a scenario: a mapping of keys such as name, "
                    + "population, staffing", read.get().shown());
            return Optional.empty();
        }
        ConfigNode.Entry extendsEntry = root.entries().get(ParameterCatalog.EXTENDS);
        ConfigNode.Mapping own = root.without(ParameterCatalog.EXTENDS);
        if (extendsEntry == null) {
            return Optional.of(merger.merge(null, own, ""));
        }
        requireOwnName(root);
        List<Path> chainHere = withThis(chain, file);
        Optional<Path> parent = parentOf(file, extendsEntry, chainHere);
        if (parent.isEmpty()) {
            return Optional.empty();
        }
        return resolve(parent.get(), chainHere).map(base -> merger.merge(base, own, ""));
    }

    /** A child must name itself; inheriting the parent's name would mislabel its output folders. */
    private void requireOwnName(ConfigNode.Mapping root) {
        if (!root.entries().containsKey(NAME)) {
            problems.add(root.origin(), NAME, "missing; a scenario that extends another needs its own name");
        }
    }

    /** The parent file named by {@code extends}, if it is a readable reference outside the chain. */
    private Optional<Path> parentOf(Path file, ConfigNode.Entry entry, List<Path> chain) {
        ConfigNode value = entry.value();
        if (!(value instanceof ConfigNode.Scalar scalar) || scalar.text() == null || scalar.text().isBlank()) {
            problems.add(value.origin(), ParameterCatalog.EXTENDS,
                    "expected the path of a parent scenario file", value.shown());
            return Optional.empty();
        }
        Path parent;
        try {
            Path dir = file.getParent();
            parent = (dir == null ? Path.of(scalar.text()) : dir.resolve(scalar.text())).normalize();
        } catch (InvalidPathException e) {
            problems.add(value.origin(), ParameterCatalog.EXTENDS, "not a valid file path", value.shown());
            return Optional.empty();
        }
        if (chain.size() >= YamlLimits.MAX_EXTENDS) {
            problems.add(value.origin(), ParameterCatalog.EXTENDS, "scenario too large: a chain of more than "
                    + YamlLimits.MAX_EXTENDS + " files that extend each other");
            return Optional.empty();
        }
        int start = indexOf(chain, parent);
        if (start >= 0) {
            List<String> cycle = new ArrayList<>();
            for (Path member : chain.subList(start, chain.size())) {
                cycle.add(member.toString());
            }
            cycle.add(parent.toString());
            problems.add(value.origin(), ParameterCatalog.EXTENDS,
                    "cycle: " + String.join(" -> ", cycle) + "; a scenario cannot extend itself");
            return Optional.empty();
        }
        if (!Files.isRegularFile(parent)) {
            problems.add(value.origin(), ParameterCatalog.EXTENDS,
                    "\"" + scalar.text() + "\" not found (looked for " + parent + ")");
            return Optional.empty();
        }
        return Optional.of(parent);
    }

    /** The chain of files read so far (as named to the user), ending with {@code file}. */
    private static List<Path> withThis(List<Path> chain, Path file) {
        List<Path> longer = new ArrayList<>(chain);
        longer.add(file);
        return longer;
    }

    /** Position of {@code file} in the chain, comparing absolute normalised paths; -1 if absent. */
    private static int indexOf(List<Path> chain, Path file) {
        Path wanted = file.toAbsolutePath().normalize();
        for (int i = 0; i < chain.size(); i++) {
            if (chain.get(i).toAbsolutePath().normalize().equals(wanted)) {
                return i;
            }
        }
        return -1;
    }
}
