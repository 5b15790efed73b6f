package nl.ketensim.output;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import nl.ketensim.stats.IntervalEstimate;
import nl.ketensim.validation.PublishedFigure;
import nl.ketensim.validation.ValidationRow;
import nl.ketensim.validation.ValidationTable;

/**
 * {@code validation.csv}: every published figure with the run's mean and 95% interval and the
 * verdict. An open end of a published range is an empty cell; {@code source} ends with the
 * confidence in brackets, as in the scenario files; {@code basis} is {@code yes} only for a run of
 * the basis scenario without overrides (otherwise the verdicts validate nothing).
 */
public final class ValidationCsv {

    public static final String FILE_NAME = "validation.csv";

    static final String[] HEADER = {"metric", "group", "model_mean", "ci95_low", "ci95_high", "published_low",
        "published_high", "source", "role", "verdict", "known_deviation", "population", "basis"};

    private ValidationCsv() { }

    public static void write(ValidationTable table, Path file) throws IOException {
        try (Writer out = CsvFiles.newFile(file)) {
            write(table, out);
        }
    }

    public static void write(ValidationTable table, Appendable out) throws IOException {
        var printer = CsvFiles.printer(out, HEADER);
        for (ValidationRow row : table.rows()) {
            PublishedFigure f = row.figure();
            IntervalEstimate m = row.model();
            printer.printRecord(f.metric(), f.group().key(), Decimals.format(m.mean()), Decimals.format(m.low()),
                    Decimals.format(m.high()), bound(f.low()), bound(f.high()),
                    f.source() + " (" + f.confidence() + ")", f.role().key(), row.verdict().key(), f.knownDeviation(),
                    f.population(), table.isBasis() ? "yes" : "no");
        }
        printer.flush();
    }

    private static String bound(double value) {
        return Double.isInfinite(value) ? "" : Decimals.format(value);
    }
}
