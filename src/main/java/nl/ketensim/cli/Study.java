package nl.ketensim.cli;

import java.util.List;
import nl.ketensim.experiment.ReplicationFunction;
import nl.ketensim.experiment.StudyPlan;

/**
 * A study ready to run: its plan, one replication function per variant (same seed: common
 * random numbers) and the name of its default results folder.
 *
 * @param plan       the plan; its replication count is set when the study has run
 * @param functions  per variant in plan order
 * @param folderName default folder name under {@code results/}, without the time stamp
 */
record Study(StudyPlan plan, List<ReplicationFunction> functions, String folderName) {

    Study {
        functions = List.copyOf(functions);
    }
}
