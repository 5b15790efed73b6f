package nl.ketensim.report;

import java.util.List;

/**
 * One row of {@code sensitivity_ranking.csv}: the ranking of knelpunten in the scenario
 * ({@code direction} {@code base}) or with one parameter moved.
 *
 * @param parameter parameter path; empty for the base
 * @param direction {@code base}, {@code low} or {@code high}
 * @param value     the value run
 * @param ranking   knelpunt keys, highest first
 * @param means     their means, in the same order
 * @param flipped   pairs of the base reversed here, {@code a>b}
 */
public record RankingEntry(String parameter, String direction, String value, List<String> ranking,
                           List<Double> means, List<String> flipped) {

    public RankingEntry {
        ranking = List.copyOf(ranking);
        means = List.copyOf(means);
        flipped = List.copyOf(flipped);
    }

    /** Whether this is the scenario's own ranking. */
    public boolean isBase() {
        return direction.equals("base");
    }
}
