package nl.ketensim.output;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.ketensim.results.Metric;
import nl.ketensim.results.ReplicationResult;
import nl.ketensim.results.SeriesPoint;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * Lossless per-replication values of one variant, for {@code merge}: one row per replication,
 * {@code replication,events}, then a column per metric headed {@code m|group|metric|unit} and a
 * column per series point headed {@code s|metric|unit|period|start_day}. Numbers are written
 * with {@link Double#toString(double)}, which reads back to exactly the same double (NaN as
 * {@code NaN}), so summaries recomputed from these files equal those of the original run bit for bit.
 */
public final class RawCsv {

    private static final String METRIC = "m";
    private static final String SERIES = "s";
    private static final String SEP = "|";

    private RawCsv() { }

    /** Writes replications sharing one metric and series layout. */
    public static void write(List<ReplicationResult> results, Path file) throws IOException {
        try (Writer out = CsvFiles.newFile(file)) {
            write(results, out);
        }
    }

    static void write(List<ReplicationResult> results, Appendable out) throws IOException {
        List<String> header = new ArrayList<>(List.of("replication", "events"));
        if (!results.isEmpty()) {
            for (Metric m : results.get(0).metrics()) {
                header.add(String.join(SEP, METRIC, m.group(), m.metric(), m.unit()));
            }
            for (SeriesPoint p : results.get(0).series()) {
                header.add(String.join(SEP, SERIES, p.metric(), p.unit(), Integer.toString(p.period()),
                        Double.toString(p.startDay())));
            }
        }
        CSVPrinter printer = CsvFiles.printer(out, header.toArray(String[]::new));
        List<String> row = new ArrayList<>(header.size());
        for (ReplicationResult r : results) {
            row.clear();
            row.add(Integer.toString(r.replication()));
            row.add(Long.toString(r.eventsProcessed()));
            r.metrics().forEach(m -> row.add(Double.toString(m.value())));
            r.series().forEach(p -> row.add(Double.toString(p.value())));
            printer.printRecord(row);
        }
        printer.flush();
    }

    /**
     * Reads a file written by {@link #write(List, Path)}.
     *
     * @throws IOException also when the file is not in this format
     */
    public static List<ReplicationResult> read(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.builder().setReader(in).setFormat(CsvFiles.FORMAT).get()) {
            List<CSVRecord> records = parser.getRecords();
            if (records.isEmpty()) {
                throw new IOException(file + ": empty file");
            }
            List<String[]> columns = new ArrayList<>();
            CSVRecord header = records.get(0);
            for (int c = 2; c < header.size(); c++) {
                columns.add(header.get(c).split("\\|", -1));
            }
            List<ReplicationResult> results = new ArrayList<>();
            for (CSVRecord record : records.subList(1, records.size())) {
                if (record.size() != header.size()) {
                    throw new IOException(file + ": line " + record.getRecordNumber() + " has " + record.size()
                            + " cells, the header " + header.size());
                }
                results.add(parse(file, columns, record));
            }
            return results;
        } catch (RuntimeException e) {
            throw new IOException(file + ": not a raw replications file (" + e.getMessage() + ")", e);
        }
    }

    private static ReplicationResult parse(Path file, List<String[]> columns, CSVRecord record) throws IOException {
        List<Metric> metrics = new ArrayList<>();
        List<SeriesPoint> series = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            String[] h = columns.get(c);
            double value = Double.parseDouble(record.get(c + 2));
            if (h.length == 4 && h[0].equals(METRIC)) {
                metrics.add(new Metric(h[1], h[2], h[3], value));
            } else if (h.length == 5 && h[0].equals(SERIES)) {
                series.add(new SeriesPoint(h[1], h[2], Integer.parseInt(h[3]), Double.parseDouble(h[4]), value));
            } else {
                throw new IOException(file + ": unknown column " + String.join(SEP, h));
            }
        }
        return new ReplicationResult(Integer.parseInt(record.get(0)), metrics, series, Long.parseLong(record.get(1)));
    }
}
