package nl.ketensim.output;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;

/**
 * {@code scenario_parameters.csv}: the resolved scenario, one row per parameter:
 * {@code path,value,unit,origin,source} (see {@link ScenarioParameter}).
 */
public final class ScenarioParametersCsv {

    public static final String FILE_NAME = "scenario_parameters.csv";

    static final String[] HEADER = {"path", "value", "unit", "origin", "source"};

    private ScenarioParametersCsv() { }

    public static void write(List<ScenarioParameter> parameters, Path file) throws IOException {
        try (Writer out = CsvFiles.newFile(file)) {
            write(parameters, out);
        }
    }

    public static void write(List<ScenarioParameter> parameters, Appendable out) throws IOException {
        CSVPrinter printer = CsvFiles.printer(out, HEADER);
        for (ScenarioParameter p : parameters) {
            printer.printRecord(p.path(), p.value(), p.unit(), p.origin(), p.source());
        }
        printer.flush();
    }
}
