package nl.ketensim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import nl.ketensim.domain.Language;
import nl.ketensim.report.ReportWriter;

/**
 * Charts and report after a results folder is complete (whole study commands and {@code merge}):
 * a failure to draw keeps the (expensive) results, says how to retry, and gives
 * {@link ExitCodes#INTERNAL_ERROR}.
 */
final class ReportAfterResults {

    private ReportAfterResults() { }

    /** Draws the charts and writes the report of {@code folder}; the exit code of the command. */
    static int draw(ReportStep reports, Path folder, Language language, PrintWriter stdout, PrintWriter stderr) {
        try {
            reports.write(folder, language);
        } catch (IOException | RuntimeException e) {
            stderr.println("ketensim: charts and report failed (" + e + "); the results folder is complete, "
                    + "retry with: ketensim report " + folder);
            stderr.flush();
            return ExitCodes.INTERNAL_ERROR;
        }
        stdout.println("Report written to " + folder.resolve(ReportWriter.REPORT));
        stdout.flush();
        return ExitCodes.OK;
    }
}
