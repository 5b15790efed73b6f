package nl.ketensim.output;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.ketensim.experiment.ExperimentResult;
import nl.ketensim.results.Metric;
import nl.ketensim.results.ReplicationResult;
import org.apache.commons.csv.CSVPrinter;

/**
 * {@code replications.csv}: one row per replication in replication order, wide:
 * {@code replication,events,} then one column per metric headed {@code group|metric}, in the
 * model's order. NaN values (empty group) are empty cells.
 */
public final class ReplicationsCsv {

    public static final String FILE_NAME = "replications.csv";

    private ReplicationsCsv() { }

    public static void write(ExperimentResult result, Path file) throws IOException {
        try (Writer out = CsvFiles.newFile(file)) {
            write(result, out);
        }
    }

    public static void write(ExperimentResult result, Appendable out) throws IOException {
        List<String> header = new ArrayList<>();
        header.add("replication");
        header.add("events");
        for (Metric m : result.metricLayout()) {
            header.add(m.key());
        }
        CSVPrinter printer = CsvFiles.printer(out, header.toArray(String[]::new));
        List<String> row = new ArrayList<>(header.size());
        for (ReplicationResult r : result.replications()) {
            row.clear();
            row.add(Integer.toString(r.replication()));
            row.add(Long.toString(r.eventsProcessed()));
            for (Metric m : r.metrics()) {
                row.add(Decimals.format(m.value()));
            }
            printer.printRecord(row);
        }
        printer.flush();
    }
}
