package nl.ketensim.scenario;

/**
 * Field paths as shown to users: {@code staffing.casemanager.fte}, {@code regions[2].name}
 * (list indexes are 0-based). The catalog writes list items as {@code regions[].name}.
 */
final class FieldPaths {

    private FieldPaths() { }

    /** The path of key {@code key} inside {@code parent} ("" is the root). */
    static String child(String parent, String key) {
        return parent.isEmpty() ? key : parent + "." + key;
    }

    /** The path of item {@code index} of the list at {@code parent}. */
    static String item(String parent, int index) {
        return parent + "[" + index + "]";
    }

    /** The catalog pattern of a concrete path: {@code regions[2].name} becomes {@code regions[].name}. */
    static String pattern(String concretePath) {
        return concretePath.replaceAll("\\[\\d+]", "[]");
    }
}
