package nl.ketensim.output;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import nl.ketensim.experiment.Relief;
import org.apache.commons.csv.CSVPrinter;

/** {@code reliefs.csv}: the relief applied per knelpunt: its overrides (separated by spaces) and rationale. */
public final class ReliefsCsv {

    public static final String FILE_NAME = "reliefs.csv";

    static final String[] HEADER = {"knelpunt", "overrides", "rationale"};

    private ReliefsCsv() { }

    public static void write(List<Relief> reliefs, Path file) throws IOException {
        try (Writer out = CsvFiles.newFile(file)) {
            CSVPrinter printer = CsvFiles.printer(out, HEADER);
            for (Relief r : reliefs) {
                printer.printRecord(r.knelpunt().key(), String.join(" ", r.overrides()), r.rationale());
            }
            printer.flush();
        }
    }
}
