package nl.ketensim.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Range checks for option values; a violation is a usage error (exit code 2). */
final class OptionChecks {

    private OptionChecks() { }

    static int atLeastOne(CommandSpec spec, String option, int value) {
        return atLeast(spec, option, value, 1);
    }

    static int atLeast(CommandSpec spec, String option, int value, int least) {
        if (value < least) {
            throw new ParameterException(spec.commandLine(),
                    "Invalid value for option '" + option + "': must be at least " + least + ", got " + value);
        }
        return value;
    }

    /** Most measured years of one replication: beyond this, more replications are the better buy. */
    static final double MAX_YEARS = 1000;

    static double positiveYears(CommandSpec spec, String option, double value) {
        if (!(value > 0) || value > MAX_YEARS) {
            throw new ParameterException(spec.commandLine(),
                    "Invalid value for option '" + option + "': must be a number of years > 0 and <= 1000 (for "
                            + "more, add replications), got " + value);
        }
        return value;
    }

    static String assignment(CommandSpec spec, String option, String value) {
        int eq = value.indexOf('=');
        if (eq <= 0) {
            throw new ParameterException(spec.commandLine(),
                    "Invalid value for option '" + option + "': expected PATH=VALUE, got '" + value + "'");
        }
        return value;
    }
}
