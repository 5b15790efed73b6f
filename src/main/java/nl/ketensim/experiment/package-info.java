/**
 * Runs experiments: replications of one scenario ({@link nl.ketensim.experiment.ReplicationRunner})
 * and studies of several scenarios under common random numbers
 * ({@link nl.ketensim.experiment.StudyRunner}: replication r of every scenario uses random
 * substream r), whole, as one shard ({@link nl.ketensim.experiment.ShardSpec}) or until a
 * precision target ({@link nl.ketensim.experiment.PrecisionRun}). Analyses of a study's results:
 * paired comparisons, sweeps, knelpunt reliefs ({@link nl.ketensim.experiment.Relief} is the one
 * mapping from knelpunt to relief), factorial effects and the warm-up check. Results never depend
 * on the thread count. Knows the model only through {@link nl.ketensim.experiment.ReplicationFunction}
 * and its results ({@code nl.ketensim.results}).
 */
package nl.ketensim.experiment;
