package nl.ketensim.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import nl.ketensim.domain.Language;
import nl.ketensim.report.Figure;
import nl.ketensim.report.ReportWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ketensim report RESULTS_DIR}: (re)draws the charts of a results folder into
 * {@code charts/} and writes {@code report.html}, reading only the folder's files.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Draw the charts (PNG and SVG) and write report.html for a results folder.")
final class ReportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RESULTS_DIR", description = "A results folder written by ketensim.")
    private Path folder;

    @Option(names = "--lang", paramLabel = "LANG", converter = LanguageConverter.class,
            description = "Language of charts and report: nl or en (default: nl).")
    private Language language = Language.NL;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(folder)) {
            throw new BadInputException("results folder not found: " + folder);
        }
        var figures = ReportWriter.write(folder, language);
        PrintWriter out = spec.commandLine().getOut();
        out.println(figures.size() + " charts written to " + folder.resolve(ReportWriter.CHARTS) + " ("
                + String.join(", ", figures.stream().map(Figure::name).toList()) + ")");
        out.println("Report written to " + folder.resolve(ReportWriter.REPORT));
        out.flush();
        return ExitCodes.OK;
    }
}
