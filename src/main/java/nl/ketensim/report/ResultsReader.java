package nl.ketensim.report;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import nl.ketensim.results.Group;
import nl.ketensim.stats.IntervalEstimate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Loads whatever files of the results-folder contract are present (see README, "The results
 * folder" and "Experiments"). Columns are found by header name, so extra columns are ignored; an
 * empty cell is NaN. A file that is present but lacks a required column is an
 * {@link IOException} naming both.
 */
public final class ResultsReader {

    public static final String SUMMARY = "summary.csv";
    public static final String KNELPUNTEN = "knelpunten.csv";
    public static final String SERIES = "series.csv";
    public static final String COMPARISON = "comparison.csv";
    public static final String SWEEP = "sweep.csv";
    public static final String RELIEF = "knelpunten_relief.csv";
    public static final String PARAMETERS = "scenario_parameters.csv";
    public static final String VALIDATION = "validation.csv";
    public static final String SENSITIVITY = "sensitivity.csv";
    public static final String RANKING = "sensitivity_ranking.csv";
    /** In a knelpunten folder: the path of the sensitivity study it refers to, relative to the folder. */
    public static final String SENSITIVITY_SOURCE = "sensitivity_source.txt";
    public static final String MANIFEST = "manifest.json";

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setHeader().setSkipHeaderRecord(true).get();

    private ResultsReader() { }

    /**
     * @param folder a results folder
     * @throws IOException when the folder does not exist or a present file cannot be read
     */
    public static Results read(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new IOException("not a results folder: " + folder);
        }
        Path manifestFile = folder.resolve(MANIFEST);
        Manifest manifest = Files.isRegularFile(manifestFile) ? ManifestReader.read(manifestFile) : Manifest.unknown();
        List<ParameterRow> parameters = rows(folder.resolve(PARAMETERS), r -> new ParameterRow(r.text("path"),
                r.text("value"), r.optionalText("unit"), r.optionalText("origin"), r.optionalText("source")));
        Optional<String> name = parameters.stream().filter(p -> p.path().equals("name")).map(ParameterRow::value)
                .findFirst();
        if (!manifest.command().isEmpty() && name.isPresent()) {
            // a study's first scenario may be a sweep point or relief; the parameters name the scenario itself
            manifest = manifest.withScenario(name.get());
        }
        return new Results(folder, manifest,
                rows(folder.resolve(SUMMARY), r -> new SummaryRow(r.text("group"), r.text("metric"),
                        r.text("unit"), r.estimate("mean"))),
                rows(folder.resolve(KNELPUNTEN), r -> new KnelpuntEstimate(r.text("basisvoorwaarde"),
                        r.text("knelpunt"), r.estimate("missed_per_year_mean"), r.number("share"),
                        r.optionalEstimate("days_lost_per_year_mean", "days_lost_ci95_low", "days_lost_ci95_high"))),
                rows(folder.resolve(SERIES), r -> new SeriesRow(r.text("metric"), r.text("unit"),
                        (int) r.number("period"), r.number("start_day"), r.estimate("mean"))),
                rows(folder.resolve(COMPARISON), r -> new ComparisonRow(r.text("scenario"), r.text("group"),
                        r.text("metric"), r.number("base_mean"), r.number("scenario_mean"),
                        r.estimate("diff_mean", "diff_ci95_low", "diff_ci95_high"))),
                rows(folder.resolve(SWEEP), ResultsReader::sweepRow),
                rows(folder.resolve(RELIEF), r -> new ReliefRow(r.text("knelpunt"), r.text("basisvoorwaarde"),
                        r.number("missed_per_year_base"), r.number("missed_per_year_relieved"),
                        r.estimate("prevented_mean", "prevented_ci95_low", "prevented_ci95_high"),
                        r.optionalText("replications").isBlank() ? 0 : Integer.parseInt(r.optionalText("replications").trim()))),
                parameters,
                rows(folder.resolve(VALIDATION), r -> new ValidationEntry(r.text("metric"), r.text("group"),
                        r.estimate("model_mean"), r.number("published_low"), r.number("published_high"),
                        r.optionalText("source"), r.text("role"), r.text("verdict"),
                        r.optionalText("known_deviation"), r.optionalText("basis").equals("yes"))),
                rows(folder.resolve(SENSITIVITY), r -> new SensitivityEntry(r.text("parameter"), r.text("direction"),
                        r.text("base_value"), r.text("value"), Boolean.parseBoolean(r.optionalText("clamped")),
                        r.text("group"), r.text("metric"), r.optionalText("unit"),
                        r.estimate("diff_mean", "diff_ci95_low", "diff_ci95_high"))),
                rows(folder.resolve(RANKING), r -> new RankingEntry(r.optionalText("parameter"), r.text("direction"),
                        r.optionalText("value"), split(r.text("ranking")),
                        split(r.optionalText("means")).stream().map(x -> x.isBlank() ? Double.NaN : Double.parseDouble(x)).toList(),
                        split(r.optionalText("flipped")))),
                Files.isRegularFile(folder.resolve(SENSITIVITY_SOURCE))
                        ? Files.readString(folder.resolve(SENSITIVITY_SOURCE), StandardCharsets.UTF_8).strip() : "");
    }

    private static List<String> split(String text) {
        return text.isBlank() ? List.of() : List.of(text.split(";"));
    }

    /** {@code param1,value1,param2,value2} name the grid point; {@code param2} is empty in a one-parameter sweep. */
    private static SweepRow sweepRow(Row r) {
        Map<String, String> point = new LinkedHashMap<>();
        point.put(r.text("param1"), r.text("value1").trim());
        String param2 = r.optionalText("param2");
        if (!param2.isEmpty()) {
            point.put(param2, r.optionalText("value2").trim());
        }
        String group = r.optionalText("group");
        return new SweepRow(point, group.isEmpty() ? Group.ALL.key() : group, r.text("metric"), r.optionalText("unit"),
                r.estimate("mean"));
    }

    private static <T> List<T> rows(Path file, Function<Row, T> mapper) throws IOException {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        List<T> rows = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(in, FORMAT)) {
            List<String> header = parser.getHeaderNames();
            for (CSVRecord record : parser) {
                try {
                    rows.add(mapper.apply(new Row(file, header, record)));
                } catch (IllegalArgumentException e) {
                    throw new IOException(e.getMessage(), e);
                }
            }
        }
        return rows;
    }

    /** One CSV record with typed, named access. */
    private record Row(Path file, List<String> header, CSVRecord record) {

        String text(String column) {
            if (!header.contains(column)) {
                throw new IllegalArgumentException(file.getFileName() + ": missing column '" + column + "'");
            }
            return record.get(column);
        }

        String optionalText(String column) {
            return header.contains(column) && record.isSet(column) ? record.get(column) : "";
        }

        double number(String column) {
            String text = text(column).trim();
            if (text.isEmpty()) {
                return Double.NaN;
            }
            try {
                return Double.parseDouble(text);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(file.getFileName() + " line " + record.getRecordNumber()
                        + ": column '" + column + "' is not a number: '" + text + "'", e);
            }
        }

        IntervalEstimate estimate(String mean) {
            return estimate(mean, "ci95_low", "ci95_high");
        }

        /** As {@link #estimate(String, String, String)}, NaN when the file has no such columns (older folders). */
        IntervalEstimate optionalEstimate(String mean, String low, String high) {
            return header.contains(mean) ? estimate(mean, low, high)
                    : new IntervalEstimate(0, Double.NaN, Double.NaN, Double.NaN);
        }

        IntervalEstimate estimate(String mean, String low, String high) {
            String n = optionalText("replications").trim();
            int count = n.isEmpty() ? 0 : (int) Double.parseDouble(n);
            return new IntervalEstimate(count, number(mean), number(low), number(high));
        }
    }
}
