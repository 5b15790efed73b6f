package nl.ketensim.output;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.ketensim.experiment.RankingRobustness;
import nl.ketensim.stats.IntervalEstimate;

/**
 * {@code sensitivity_ranking.csv}: the ranking of knelpunten in the scenario (direction
 * {@code base}) and with each parameter moved: {@code ranking} lists the knelpunt keys highest
 * first, {@code means} their means in the same order ({@code ;}-separated), {@code flipped} the
 * pairs the scenario separates that are reversed ({@code a>b}: a was above b), {@code holds}
 * whether there are none.
 */
public final class SensitivityRankingCsv {

    public static final String FILE_NAME = "sensitivity_ranking.csv";

    static final String[] HEADER = {"parameter", "direction", "value", "clamped", "ranking", "means", "flipped",
        "holds"};

    private SensitivityRankingCsv() { }

    public static void write(List<RankingRobustness.Row> rows, Path file) throws IOException {
        try (Writer out = CsvFiles.newFile(file)) {
            var printer = CsvFiles.printer(out, HEADER);
            for (RankingRobustness.Row row : rows) {
                List<Map.Entry<String, IntervalEstimate>> ranking = row.ranking();
                printer.printRecord(row.parameter(), row.direction(), row.value(), row.clamped(),
                        ranking.stream().map(Map.Entry::getKey).collect(Collectors.joining(";")),
                        ranking.stream().map(e -> Decimals.format(e.getValue().mean())).collect(Collectors.joining(";")),
                        String.join(";", row.flipped()), row.holds());
            }
            printer.flush();
        }
    }
}
