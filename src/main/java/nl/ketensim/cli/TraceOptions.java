package nl.ketensim.cli;

import java.time.LocalDate;
import nl.ketensim.dossier.Calendar;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Options of the commands that follow single cases ({@code dossiers}, {@code trace}): seed and start date. */
final class TraceOptions {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec mixee;

    @Option(names = "--seed", paramLabel = "S", description = "Experiment seed (default: 20260101).")
    long seed = ExperimentOptions.DEFAULT_SEED;

    private LocalDate startDate = Calendar.DEFAULT_START;

    @Option(names = "--start-date", paramLabel = "YYYY-MM-DD",
            description = "Calendar date of day 0 of the run, shown in the header (default: 2025-01-01).")
    void setStartDate(String value) {
        try {
            startDate = LocalDate.parse(value);
        } catch (java.time.format.DateTimeParseException e) {
            throw new ParameterException(mixee.commandLine(),
                    "Invalid value for option '--start-date': expected a date YYYY-MM-DD, got '" + value + "'");
        }
    }

    Calendar calendar() {
        return new Calendar(startDate);
    }
}
