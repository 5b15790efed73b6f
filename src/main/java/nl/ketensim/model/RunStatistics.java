package nl.ketensim.model;

import java.util.Map;

/**
 * How much work one replication was (for the benchmark).
 *
 * @param events            SSJ events executed, initial population and warm-up included
 * @param admitted          persons admitted after time 0
 * @param initialPopulation persons detained at time 0
 * @param warmupDays        days simulated before the measurement (days)
 * @param measuredDays      days measured (days)
 * @param followUpDays      days simulated after the measurement: nazorg of its last releases (days)
 * @param eventsByKind      events by kind (see {@link CountingSimulator}); empty unless counted
 */
public record RunStatistics(long events, int admitted, int initialPopulation, double warmupDays,
                            double measuredDays, double followUpDays, Map<String, Long> eventsByKind) {

    public RunStatistics {
        eventsByKind = Map.copyOf(eventsByKind);
    }

    /** Length of the run (days). */
    public double simulatedDays() {
        return warmupDays + measuredDays + followUpDays;
    }
}
