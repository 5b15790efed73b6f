package nl.ketensim.cli;

import nl.ketensim.experiment.ReplicationFunction;
import nl.ketensim.model.ReintegrationModel;
import nl.ketensim.scenario.Scenario;

/** Binds a scenario, seed and run length to a model; replaced by a fake in tests. */
@FunctionalInterface
interface ModelFactory {

    /** The production model: {@link ReintegrationModel}. */
    ModelFactory REINTEGRATION_MODEL = (scenario, seed, years) -> {
        ReintegrationModel model = new ReintegrationModel(scenario, seed);
        return replication -> model.run(replication, years);
    };

    /**
     * @param years measured years per replication (years, &gt; 0)
     */
    ReplicationFunction create(Scenario scenario, long seed, double years);
}
