package nl.ketensim.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.ketensim.domain.Language;

/**
 * Draws the charts of a results folder into {@code charts/} (PNG and SVG) and writes
 * {@code report.html} beside them. Reads only the folder's files, so any command that writes a
 * results folder can call it afterwards, and it can be repeated (e.g. in another language).
 *
 * <p>All-or-nothing per output: the charts are drawn into a hidden temporary folder which replaces
 * {@code charts/} only when every chart was written, and the report is written to a temporary
 * file which is then moved over {@code report.html}. A failure leaves the folder's data files
 * untouched and no half-written charts folder or report.
 */
public final class ReportWriter {

    public static final String CHARTS = "charts";
    public static final String REPORT = "report.html";

    private ReportWriter() { }

    /**
     * @param resultsDir an existing results folder
     * @param language   language of charts and report
     * @return the figures written, in report order
     * @throws IOException when the folder cannot be read or written
     */
    public static List<Figure> write(Path resultsDir, Language language) throws IOException {
        Headless.ensure();
        Results results = ResultsReader.read(resultsDir);
        List<Figure> figures = Figures.of(results, language);
        Path partial = Files.createTempDirectory(resultsDir, "." + CHARTS + ".partial-");
        Path reportPartial = null;
        try {
            Map<String, byte[]> pngs = new LinkedHashMap<>();
            for (Figure figure : figures) {
                pngs.put(figure.name(), Files.readAllBytes(ChartFiles.write(figure, partial)));
            }
            String html = ReportHtml.render(results, language, figures, pngs, CHARTS);
            reportPartial = Files.createTempFile(resultsDir, "." + REPORT + ".partial-", "");
            Files.writeString(reportPartial, html, StandardCharsets.UTF_8);
            Path charts = resultsDir.resolve(CHARTS);
            if (Files.exists(charts)) {
                deleteTree(charts);
            }
            Files.move(partial, charts, StandardCopyOption.ATOMIC_MOVE);
            Files.move(reportPartial, resultsDir.resolve(REPORT), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
            readableByAll(charts);
            readableByAll(resultsDir.resolve(REPORT));
            return figures;
        } finally {
            if (Files.exists(partial)) {
                deleteTree(partial);
            }
            if (reportPartial != null) {
                Files.deleteIfExists(reportPartial);
            }
        }
    }

    /** Temporary files and folders are created owner-only; the outputs are as readable as the CSV files. */
    private static void readableByAll(Path path) throws IOException {
        if (!path.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        try (Stream<Path> paths = Files.walk(path)) {
            for (Path p : paths.toList()) {
                Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(Files.isDirectory(p) ? "rwxr-xr-x" : "rw-r--r--"));
            }
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
