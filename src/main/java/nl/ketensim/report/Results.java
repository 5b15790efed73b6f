package nl.ketensim.report;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import nl.ketensim.results.Group;
import nl.ketensim.results.MetricName;
import nl.ketensim.results.ScenarioValues;

/**
 * The contents of one results folder as far as present: an absent file gives an empty list (or
 * {@link Manifest#unknown()}).
 *
 * @param folder     the results folder
 * @param manifest   {@code manifest.json}
 * @param summary    {@code summary.csv}
 * @param knelpunten {@code knelpunten.csv}
 * @param series     {@code series.csv}
 * @param comparison {@code comparison.csv}
 * @param sweep      {@code sweep.csv}
 * @param relief     {@code knelpunten_relief.csv}
 * @param parameters {@code scenario_parameters.csv}
 * @param validation {@code validation.csv}
 * @param sensitivity {@code sensitivity.csv}
 * @param ranking    {@code sensitivity_ranking.csv}
 * @param sensitivityFolder the sensitivity study a knelpunten folder refers to (relative to the
 *                   folder), from {@code sensitivity_source.txt}; empty when none
 */
public record Results(Path folder, Manifest manifest, List<SummaryRow> summary, List<KnelpuntEstimate> knelpunten,
                      List<SeriesRow> series, List<ComparisonRow> comparison, List<SweepRow> sweep,
                      List<ReliefRow> relief, List<ParameterRow> parameters, List<ValidationEntry> validation,
                      List<SensitivityEntry> sensitivity, List<RankingEntry> ranking, String sensitivityFolder) {

    public Results {
        summary = List.copyOf(summary);
        knelpunten = List.copyOf(knelpunten);
        series = List.copyOf(series);
        comparison = List.copyOf(comparison);
        sweep = List.copyOf(sweep);
        relief = List.copyOf(relief);
        parameters = List.copyOf(parameters);
        validation = List.copyOf(validation);
        sensitivity = List.copyOf(sensitivity);
        ranking = List.copyOf(ranking);
    }

    /** The summary row of a group and metric, if measured. */
    public Optional<SummaryRow> find(String group, String metric) {
        return summary.stream().filter(r -> r.group().equals(group) && r.metric().equals(metric)).findFirst();
    }

    /** The summary row of a group and metric, if measured. */
    public Optional<SummaryRow> find(Group group, MetricName metric) {
        return find(group.key(), metric.key());
    }

    /** The scenario values labels may quote, from {@code scenario_parameters.csv}. */
    public ScenarioValues scenarioValues() {
        return path -> parameter(path).orElse(null);
    }

    /** The resolved value of a scenario parameter, if recorded. */
    public Optional<String> parameter(String path) {
        return parameters.stream().filter(p -> p.path().equals(path)).map(ParameterRow::value).findFirst();
    }
}
