/**
 * Statistics over replications: per (group, metric) the mean and a Student-t 95% confidence
 * interval, treating each replication as one independent observation.
 */
package nl.ketensim.stats;
