package nl.ketensim.model;

import nl.ketensim.results.ReplicationResult;
import nl.ketensim.scenario.Scenario;

/**
 * The re-integration chain of one scenario. {@link #run} simulates one replication on its own SSJ
 * simulator and may be called from several threads at once: each call gets fresh copies of the
 * named random streams, positioned at substream {@code replication}.
 */
public final class ReintegrationModel {

    private final Scenario scenario;
    private final RandomStreams streams;
    private final EventListChoice eventList;

    /**
     * @param scenario the validated scenario
     * @param seed     the experiment seed; replication r uses random substream r of every stream
     */
    public ReintegrationModel(Scenario scenario, long seed) {
        this(scenario, seed, EventListChoice.DEFAULT);
    }

    /**
     * @param eventList the event list to run on; the results are the same on every list
     */
    public ReintegrationModel(Scenario scenario, long seed, EventListChoice eventList) {
        this.scenario = scenario;
        this.streams = new RandomStreams(seed);
        this.eventList = java.util.Objects.requireNonNull(eventList);
    }

    /**
     * Simulates replication {@code replication}: initialisation, warm-up, then
     * {@code measuredYears} measured years.
     *
     * @param replication   replication index, 0-based
     * @param measuredYears measured years after warm-up (years, &gt; 0)
     * @return the replication's metrics (same list of metrics for every replication)
     */
    public ReplicationResult run(int replication, double measuredYears) {
        return runProbed(replication, measuredYears, RunProbe.NONE);
    }

    /**
     * As {@link #run(int, double)}, and tells {@code probe} about the run (the benchmark). The
     * results are the same as without a probe, but for the events counted when it counts by kind.
     */
    public ReplicationResult runProbed(int replication, double measuredYears, RunProbe probe) {
        return new ChainSimulation(scenario, streams.forReplication(replication), replication, measuredYears, null,
                eventList, java.util.Objects.requireNonNull(probe)).run();
    }

    /**
     * As {@link #run(int, double)}, and lets {@code tracer} observe the cases of persons admitted
     * after time 0 (dossiers, traces). The results are the same as without a tracer.
     */
    public ReplicationResult run(int replication, double measuredYears, CaseTracer tracer) {
        return new ChainSimulation(scenario, streams.forReplication(replication), replication, measuredYears,
                java.util.Objects.requireNonNull(tracer), eventList, RunProbe.NONE).run();
    }
}
