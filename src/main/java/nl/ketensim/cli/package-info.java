/**
 * The {@code ketensim} command line (Picocli): the study commands {@code run}, {@code compare},
 * {@code sweep}, {@code knelpunten} and {@code warmup} (shared flow in
 * {@code StudyExecution}), {@code merge} of shard folders, {@code report},
 * {@code bench}, {@code validate} and {@code scenario show|list|reference}. Exit codes are in
 * {@link nl.ketensim.cli.ExitCodes}; all output goes through the command line's out/err writers.
 */
package nl.ketensim.cli;
