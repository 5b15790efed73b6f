package nl.ketensim.cli;

/**
 * Test support: a {@code manifest.json} or {@code report.html} with the provenance that README
 * documents as differing between otherwise identical runs masked: {@code shard}, {@code threads},
 * {@code start_time}, {@code wall_seconds}, {@code events_per_second}, and in the report the
 * threads, start time and results folder name (provenance table and methods section).
 */
final class Provenance {

    private static final String FIELDS = "threads|start_time|wall_seconds|events_per_second";
    private static final String ROWS = "threads|start van de run|run started|resultatenmap|results folder";
    private static final String TIME = "\\d{4}-\\d\\d-\\d\\dT[0-9:.]+(Z|[+-]\\d\\d:\\d\\d)";

    private Provenance() { }

    static String masked(String text) {
        return text.replaceAll("\\n\\s*\"shard\" : \"[^\"]*\",?", "")
                .replaceAll("(\"(" + FIELDS + ")\" : )(\"[^\"]*\"|[^,\\n]*)", "$1*")
                .replaceAll("(<td>(" + ROWS + ")</td>\\s*<td>)[^<]*", "$1*")
                .replaceAll("(parallel (op|on) )\\d+", "$1*")
                .replaceAll(TIME, "*");
    }
}
