package nl.ketensim.scenario;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The typed values that passed validation, by concrete field path ({@code regions[2].name}),
 * with the origin of each and the size of each valid list. A path is absent when its value was
 * missing or invalid, so later checks skip it instead of repeating the problem.
 */
final class ValidatedValues {

    private final Map<String, Object> values = new LinkedHashMap<>();
    private final Map<String, Origin> origins = new LinkedHashMap<>();
    private final Map<String, Origin> anchors = new HashMap<>();
    private final Map<String, Integer> listSizes = new HashMap<>();

    void put(String path, Object value, Origin origin) {
        values.put(path, value);
        origins.put(path, origin);
    }

    /** Records where the section or list at {@code path} is written (its key). */
    void anchor(String path, Origin where) {
        anchors.put(path, where);
    }

    void listSize(String path, int size) {
        listSizes.put(path, size);
    }

    boolean has(String path) {
        return values.containsKey(path);
    }

    double number(String path) {
        return (Double) require(path);
    }

    int integer(String path) {
        return (Integer) require(path);
    }

    boolean bool(String path) {
        return (Boolean) require(path);
    }

    String text(String path) {
        return (String) require(path);
    }

    /** Number of items of a list whose items were checked, or -1 when the list itself is invalid. */
    int size(String listPath) {
        return listSizes.getOrDefault(listPath, -1);
    }

    /** Where the value, section or list at {@code path} is written. */
    Origin where(String path) {
        Origin origin = origins.get(path);
        return origin != null ? origin : anchors.get(path);
    }

    /** Every valid value by concrete path, in validation order (catalog order, list items in file order). */
    Map<String, Object> values() {
        return Collections.unmodifiableMap(values);
    }

    /** Where each parameter value comes from, by concrete path, e.g. {@code scenarios/basis.yaml:136:10}. */
    Map<String, String> origins() {
        Map<String, String> described = new LinkedHashMap<>();
        origins.forEach((path, origin) -> described.put(path, origin.describe()));
        return Collections.unmodifiableMap(described);
    }

    private Object require(String path) {
        Object value = values.get(path);
        if (value == null) {
            throw new IllegalStateException("no valid value at " + path);
        }
        return value;
    }
}
