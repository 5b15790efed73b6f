package nl.ketensim.model;

/**
 * What a benchmark observes of one replication. The replication's results do not depend on it:
 * it is told about the run, it changes nothing in it.
 */
public interface RunProbe {

    /** Observes nothing (the usual run). */
    RunProbe NONE = new RunProbe() {
        @Override
        public boolean countsByKind() {
            return false;
        }

        @Override
        public void measuring(double time, boolean end) {
        }

        @Override
        public void finished(RunStatistics statistics) {
        }
    };

    /** Whether the simulator counts its events by kind (costs a map update per event). */
    boolean countsByKind();

    /**
     * Called at the start of the measurement, at the end of every four-week period during it, and
     * at its end, from the replication's own thread.
     *
     * @param time simulation time (days)
     * @param end  whether this is the end of the measurement
     */
    void measuring(double time, boolean end);

    /** Called once, when the replication has ended. */
    void finished(RunStatistics statistics);
}
