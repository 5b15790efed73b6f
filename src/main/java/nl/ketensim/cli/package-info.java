/**
 * The {@code ketensim} command line (Picocli): {@code run}, {@code compare}, {@code sweep},
 * {@code knelpunten}, {@code warmup}, {@code merge} and {@code bench}. Exit codes are in
 * {@link nl.ketensim.cli.ExitCodes}; all output goes through the command line's out/err writers.
 */
package nl.ketensim.cli;
