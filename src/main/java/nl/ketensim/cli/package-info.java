/**
 * The {@code ketensim} command line (Picocli): {@code run}, {@code report}, {@code bench},
 * {@code validate} and {@code scenario show|list|reference}. Exit codes are in
 * {@link nl.ketensim.cli.ExitCodes}; all output goes through the command line's out/err writers.
 */
package nl.ketensim.cli;
