package nl.ketensim.cli;

import java.util.List;
import nl.ketensim.experiment.ReplicationFunction;
import nl.ketensim.experiment.StudyPlan;
import nl.ketensim.output.ScenarioParameter;

/**
 * A study ready to run: its plan, one replication function per variant (same seed: common
 * random numbers), the name of its default results folder and the resolved parameters of its
 * (base) scenario.
 *
 * @param plan       the plan; its replication count is set when the study has run
 * @param functions  per variant in plan order
 * @param folderName default folder name under {@code results/}, without the time stamp
 * @param parameters the scenario the study is about (the base of a comparison, the scenario a
 *                   sweep or relief is laid over) with the user's {@code --set}s, for
 *                   {@code scenario_parameters.csv}
 * @param secondsPerReplication estimated seconds of one replication of every variant on one thread
 *                   ({@link nl.ketensim.scenario.WorkEstimate})
 */
record Study(StudyPlan plan, List<ReplicationFunction> functions, String folderName,
             List<ScenarioParameter> parameters, double secondsPerReplication) {

    Study {
        functions = List.copyOf(functions);
        parameters = List.copyOf(parameters);
    }
}
