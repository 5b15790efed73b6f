/**
 * Output files: the results folder of a run ({@code summary.csv}, {@code knelpunten.csv},
 * {@code replications.csv}, {@code series.csv}, {@code scenario_parameters.csv},
 * {@code manifest.json}), the files of the study commands (comparison, sweep, relief, factorial,
 * warm-up CSVs) and shard folders ({@code plan.json}, lossless {@code raw/} values, the
 * {@code inputs/} the merged folder takes over). CSV numbers are written locale-independently
 * (see {@link nl.ketensim.output.Decimals}) so the same experiment gives byte-identical files;
 * the folder appears only when complete (see {@link nl.ketensim.output.AtomicFolder}).
 */
package nl.ketensim.output;
