package nl.ketensim.experiment;

import nl.ketensim.results.ReplicationResult;

/**
 * Simulates one replication. In production this is
 * {@code r -> model.run(r, measuredYears)}; tests pass deterministic fakes.
 * Must be safe to call from several threads at once.
 */
@FunctionalInterface
public interface ReplicationFunction {

    /**
     * @param replication replication index r, 0-based (uses random substream r)
     * @return the replication's result; its {@code replication()} must equal {@code replication}
     */
    ReplicationResult run(int replication);
}
