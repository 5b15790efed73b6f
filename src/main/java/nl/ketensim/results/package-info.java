/**
 * What a replication measured, independent of the engine that measured it: the result records
 * ({@link nl.ketensim.results.Metric}, {@link nl.ketensim.results.SeriesPoint},
 * {@link nl.ketensim.results.ReplicationResult}). The model writes them; experiment, stats and
 * output read them without depending on the model or SSJ.
 */
package nl.ketensim.results;
