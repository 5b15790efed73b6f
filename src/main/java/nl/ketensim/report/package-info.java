/**
 * Charts and the HTML report of a results folder. Everything here reads only the files of a
 * results folder ({@link nl.ketensim.report.ResultsReader}), never the model: a folder written
 * yesterday, or by another command, is drawn the same way. Entry point:
 * {@link nl.ketensim.report.ReportWriter#write(java.nio.file.Path, nl.ketensim.domain.Language)}.
 */
package nl.ketensim.report;
