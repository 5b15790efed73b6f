package nl.ketensim.scenario;

import java.util.Locale;
import java.util.Optional;
import nl.ketensim.scenario.Population.StayBin;

/**
 * The work of one replication-year of a scenario, estimated before running from inflow and stay:
 * SSJ events per admission (a fixed part plus one part per MDO the stay holds) times admissions
 * per year, and the detained population (inflow × mean stay), which sets the memory. A scenario
 * past {@link #MAX_EVENTS_PER_REPLICATION_YEAR} or {@link #MAX_DETAINED} is refused: its
 * replication-year would take hours or exhaust memory. The limit is per replication-year, so a
 * large study spread over many replications (on a cluster, with {@code --shard}) stays possible.
 *
 * @param admissionsPerYear   inflow (persons/year)
 * @param eventsPerAdmission  estimated SSJ events per admission
 * @param detainedPopulation  mean number of people detained at once (persons)
 */
public record WorkEstimate(double admissionsPerYear, double eventsPerAdmission, double detainedPopulation) {

    /**
     * Events per admission besides MDO's. Measured with {@code ./ketensim bench --years 1
     * --replications 1} on basis.yaml on 2026-11-30: 10.4 with {@code mdo_interval_days=3650} (no
     * MDO's), 13.9 with the basis's 42 days (2.2 MDO's per admission, so 1.6 events per MDO), 19.7
     * at 10.5 days; rounded up.
     */
    static final double EVENTS_PER_ADMISSION = 11;
    /** Events per MDO of one person (see {@link #EVENTS_PER_ADMISSION}). */
    static final double EVENTS_PER_MDO = 1.6;
    /** Hard limit: events in one replication-year, about two to four minutes of one core. */
    public static final double MAX_EVENTS_PER_REPLICATION_YEAR = 1e8;
    /** Hard limit: people detained at once (about ten times the Dutch 9,100; a 2 GiB heap). */
    public static final double MAX_DETAINED = 1e5;
    /** Events one core executes per second, on the slow side of the README's bench figures. */
    public static final double EVENTS_PER_SECOND = 400_000;

    private static final double DAYS_PER_YEAR = 365.0;

    /** The estimate for a validated scenario. */
    public static WorkEstimate of(Scenario scenario) {
        Population population = scenario.population();
        ProcessNorms process = scenario.process();
        double meanStay = population.meanStayDays();
        // MDO's of the voorlopige hechtenis and of the sentence served (after a conviction too: an upper estimate)
        double hvb = population.hvbShare();
        double mdos = hvb * mdosPerStay(population.hvbStayDays(), process)
                + (1 - hvb + hvb * population.hvbConvictionShare()) * mdosPerStay(population.stayDays(), process);
        double inflow = population.inflowPerYear();
        return new WorkEstimate(inflow, EVENTS_PER_ADMISSION + EVENTS_PER_MDO * mdos,
                inflow * meanStay / DAYS_PER_YEAR);
    }

    /** Mean number of MDO's of a stay from the histogram {@code bins}. */
    private static double mdosPerStay(java.util.List<StayBin> bins, ProcessNorms process) {
        double mdos = 0;
        for (StayBin bin : bins) {
            mdos += bin.share() * meanDaysAfter(bin, process.planNormDays()) / process.mdoIntervalDays();
        }
        return mdos;
    }

    /** Mean of max(0, stay − {@code day}) for a stay uniform in the bin (days). */
    private static double meanDaysAfter(StayBin bin, double day) {
        double from = bin.fromDays();
        double to = bin.toDays();
        if (day <= from) {
            return (from + to) / 2 - day;
        }
        if (day >= to) {
            return 0;
        }
        return (to - day) * (to - day) / (2 * (to - from));
    }

    /** Estimated SSJ events of one replication-year. */
    public double eventsPerReplicationYear() {
        return admissionsPerYear * eventsPerAdmission;
    }

    /**
     * Estimated wall-clock time of a study (seconds): every replication simulates its warm-up and
     * measured years; replications share the threads.
     *
     * @param replications  replications of this scenario
     * @param simulatedDays warm-up plus measured days per replication (days)
     * @param threads       worker threads
     */
    public double seconds(int replications, double simulatedDays, int threads) {
        double replicationYears = (double) replications * simulatedDays / DAYS_PER_YEAR;
        return replicationYears * eventsPerReplicationYear() / EVENTS_PER_SECOND / Math.max(1, threads);
    }

    /** Why the scenario is too large to run, or empty when it is within the limits. */
    public Optional<String> overLimit() {
        if (eventsPerReplicationYear() <= MAX_EVENTS_PER_REPLICATION_YEAR && detainedPopulation <= MAX_DETAINED) {
            return Optional.empty();
        }
        return Optional.of(String.format(Locale.ROOT, "too much work for one replication-year: about %.2g events "
                + "(%,.0f admissions/year × %,.0f events each) and %,.0f people detained at once; the limits are "
                + "%,.0f events and %,.0f detained. Lower the inflow, the stays (population.stay_days, population.hvb_stay_days) or the "
                + "number of MDO's (raise process.mdo_interval_days)", eventsPerReplicationYear(), admissionsPerYear,
                eventsPerAdmission, detainedPopulation, MAX_EVENTS_PER_REPLICATION_YEAR, MAX_DETAINED));
    }
}
