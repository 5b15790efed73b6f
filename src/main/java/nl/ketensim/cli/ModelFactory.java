package nl.ketensim.cli;

import nl.ketensim.experiment.ReplicationFunction;
import nl.ketensim.model.EventListChoice;
import nl.ketensim.model.ReintegrationModel;
import nl.ketensim.model.RunProbe;
import nl.ketensim.results.ReplicationResult;
import nl.ketensim.scenario.Scenario;

/** Binds a scenario, seed and run length to a model; replaced by a fake in tests. */
@FunctionalInterface
interface ModelFactory {

    /** The production model: {@link ReintegrationModel}. */
    ModelFactory REINTEGRATION_MODEL = new ModelFactory() {
        @Override
        public ReplicationFunction create(Scenario scenario, long seed, double years) {
            ReintegrationModel model = new ReintegrationModel(scenario, seed);
            return replication -> model.run(replication, years);
        }

        @Override
        public ProbedReplication createProbed(Scenario scenario, long seed, double years, EventListChoice eventList) {
            ReintegrationModel model = new ReintegrationModel(scenario, seed, eventList);
            return (replication, probe) -> model.runProbed(replication, years, probe);
        }
    };

    /**
     * @param years measured years per replication (years, &gt; 0)
     */
    ReplicationFunction create(Scenario scenario, long seed, double years);

    /**
     * As {@link #create}, on the given event list and with a probe per replication (the benchmark).
     * By default the event list and the probe are ignored (fakes).
     */
    default ProbedReplication createProbed(Scenario scenario, long seed, double years, EventListChoice eventList) {
        ReplicationFunction function = create(scenario, seed, years);
        return (replication, probe) -> function.run(replication);
    }

    /** One replication run with a probe. */
    @FunctionalInterface
    interface ProbedReplication {
        ReplicationResult run(int replication, RunProbe probe);
    }
}
