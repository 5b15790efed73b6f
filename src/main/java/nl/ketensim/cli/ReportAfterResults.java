package nl.ketensim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import nl.ketensim.domain.Language;
import nl.ketensim.report.ReportWriter;

/**
 * Charts and report of a results folder (whole study commands and {@code merge}), drawn inside
 * its {@link nl.ketensim.output.AtomicFolder} before it appears, so that an interrupted run leaves
 * nothing behind. A failure to draw keeps the (expensive) results, says how to retry, and gives
 * {@link ExitCodes#INTERNAL_ERROR}.
 */
final class ReportAfterResults {

    private ReportAfterResults() { }

    /** Draws the charts and writes the report into {@code dir}; the failure, if any. */
    static Optional<Exception> drawInto(ReportStep reports, Path dir, Language language) {
        try {
            reports.write(dir, language);
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.of(e);
        }
    }

    /** Tells the user how drawing into the now complete {@code folder} went; the exit code of the command. */
    static int tell(Optional<Exception> failure, Path folder, PrintWriter stdout, PrintWriter stderr) {
        if (failure.isPresent()) {
            stderr.println("ketensim: charts and report failed (" + failure.get() + "); the results folder is "
                    + "complete, retry with: ketensim report " + folder);
            stderr.flush();
            return ExitCodes.INTERNAL_ERROR;
        }
        stdout.println("Report written to " + folder.resolve(ReportWriter.REPORT));
        stdout.flush();
        return ExitCodes.OK;
    }
}
