package nl.ketensim.dossier;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import nl.ketensim.model.CaseObserver;
import nl.ketensim.model.PersonProfile;
import nl.ketensim.model.ReintegrationModel;
import nl.ketensim.results.ReplicationResult;
import nl.ketensim.scenario.Scenario;

/**
 * Runs replication 0 of a scenario and records the dossiers of the persons admitted after time 0
 * that a filter accepts at their admission (their PI and release day are known then).
 */
public final class DossierRun {

    /** The dossiers recorded and the replication's results (the same as an untraced run's). */
    public record Outcome(List<Dossier> dossiers, ReplicationResult result) { }

    private DossierRun() { }

    /**
     * @param measuredYears measured years after the warm-up (years)
     * @param wanted        which persons to record, asked once per admission after time 0
     */
    public static Outcome run(Scenario scenario, long seed, double measuredYears, Predicate<PersonProfile> wanted) {
        List<CaseRecorder> recorders = new ArrayList<>();
        ReplicationResult result = new ReintegrationModel(scenario, seed).run(0, measuredYears, person -> {
            if (!wanted.test(person)) {
                return CaseObserver.NONE;
            }
            CaseRecorder recorder = new CaseRecorder(person);
            recorders.add(recorder);
            return recorder;
        });
        return new Outcome(recorders.stream().map(CaseRecorder::dossier).toList(), result);
    }

    /** Simulation time at which a run of {@code measuredYears} after the scenario's warm-up ends (days). */
    public static double endDay(Scenario scenario, double measuredYears) {
        return scenario.simulation().warmupDays() + measuredYears * 365.0;
    }
}
