package nl.ketensim.output;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The one CSV dialect of ketensim output: RFC 4180 quoting, UTF-8, '\n' line ends, a header row. */
public final class CsvFiles {

    public static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();

    private CsvFiles() { }

    /** A printer on {@code out} that has already written {@code header}. */
    public static CSVPrinter printer(Appendable out, String... header) throws IOException {
        CSVPrinter printer = new CSVPrinter(out, FORMAT);
        printer.printRecord((Object[]) header);
        return printer;
    }

    /** A UTF-8 writer on a new file (fails when it exists). */
    public static BufferedWriter newFile(Path file) throws IOException {
        return Files.newBufferedWriter(file, StandardCharsets.UTF_8,
                StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    }
}
