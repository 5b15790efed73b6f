package nl.ketensim.dossier;

import java.time.LocalDate;

/**
 * Simulation days as calendar dates: day 0 is the run's start date. A step at day 12.7 happened
 * on the start date plus 12 days.
 */
public record Calendar(LocalDate start) {

    /** The default start of a run in dossiers and traces. */
    public static final LocalDate DEFAULT_START = LocalDate.of(2025, 1, 1);

    /** The date of simulation day {@code day}. */
    public LocalDate date(double day) {
        return start.plusDays((long) Math.floor(day));
    }
}
