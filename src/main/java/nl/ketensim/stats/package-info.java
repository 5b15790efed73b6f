/**
 * Statistics over replications, on Commons Math: per (group, metric) the mean and a Student-t 95%
 * confidence interval treating each replication as one independent observation; paired-t
 * differences with the variance reduction of pairing; the MSER truncation rule for the warm-up.
 */
package nl.ketensim.stats;
