package nl.ketensim.cli;

import java.io.IOException;
import java.nio.file.Path;
import nl.ketensim.domain.Language;
import nl.ketensim.report.ReportWriter;

/** Draws the charts and writes the report of a results folder; replaced by a fake in tests. */
@FunctionalInterface
interface ReportStep {

    /** The production step: {@link ReportWriter#write(Path, Language)}. */
    ReportStep CHARTS_AND_REPORT = (folder, language) -> ReportWriter.write(folder, language);

    void write(Path resultsFolder, Language language) throws IOException;
}
