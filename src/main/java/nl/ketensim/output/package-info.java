/**
 * The results folder of a run: {@code summary.csv}, {@code knelpunten.csv},
 * {@code replications.csv}, {@code series.csv}, {@code scenario_parameters.csv} and
 * {@code manifest.json}. CSV numbers are written locale-independently
 * (see {@link nl.ketensim.output.Decimals}) so the same experiment gives byte-identical files;
 * the folder appears only when complete (see {@link nl.ketensim.output.AtomicFolder}).
 */
package nl.ketensim.output;
