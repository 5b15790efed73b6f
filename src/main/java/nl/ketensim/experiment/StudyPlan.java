package nl.ketensim.experiment;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a study runs: the command, the run settings and its variants (scenarios) in order.
 * Everything the output files are computed from besides the replications themselves, so that
 * {@code merge} can rebuild them from shards. Never contains timing or shard information, so
 * every shard of one study has the same plan.
 *
 * @param command      the command that made it: run, compare, sweep, knelpunten, warmup
 * @param seed         experiment seed (common to all variants: common random numbers)
 * @param years        measured years per replication (years)
 * @param replications replications per variant in the whole study (all shards together)
 * @param settings     command-specific settings, sorted by key (e.g. {@code param1})
 * @param variants     the variants; variant 0 is the base where the command has one
 */
public record StudyPlan(String command, long seed, double years, int replications,
                        Map<String, String> settings, List<Variant> variants) {

    public StudyPlan {
        settings = new TreeMap<>(settings);
        variants = List.copyOf(variants);
    }

    /** A copy with another replication count (e.g. after {@code --precision}). */
    public StudyPlan withReplications(int n) {
        return new StudyPlan(command, seed, years, n, settings, variants);
    }

    /** The setting {@code key}, or "" when absent. */
    public String setting(String key) {
        return settings.getOrDefault(key, "");
    }

    /**
     * One scenario of a study.
     *
     * @param name           name shown in output (scenario name, knelpunt key, sweep point)
     * @param scenarioFile   the scenario file as given on the command line
     * @param scenarioSha256 SHA-256 of that file's bytes
     * @param resolvedSha256 SHA-256 of the resolved scenario (extends chain and overrides applied;
     *                       see {@code scenario.ResolvedScenarioHash})
     * @param overrides      every {@code PATH=VALUE} override applied, in order
     * @param labels         command-specific labels, sorted by key (e.g. {@code value1}, {@code mask})
     */
    public record Variant(String name, String scenarioFile, String scenarioSha256, String resolvedSha256,
                          List<String> overrides, Map<String, String> labels) {

        public Variant {
            overrides = List.copyOf(overrides);
            labels = new TreeMap<>(labels);
        }

        /** The label {@code key}, or "" when absent. */
        public String label(String key) {
            return labels.getOrDefault(key, "");
        }
    }
}
