/**
 * Runs the replications of one experiment: replication r of a scenario on a thread pool,
 * results collected in replication order so the outcome does not depend on the thread count.
 * Knows the model only through {@link nl.ketensim.experiment.ReplicationFunction}.
 */
package nl.ketensim.experiment;
