package nl.ketensim.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The {@code ketensim} command; without a subcommand it prints usage and exits with 2. */
@Command(name = "ketensim", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Discrete-event simulation of the Dutch detention-to-release re-integration chain.",
        subcommands = {RunCommand.class, CompareCommand.class, SweepCommand.class, KnelpuntenCommand.class,
            SensitivityCommand.class, WarmupCommand.class, MergeCommand.class, DossiersCommand.class, TraceCommand.class,
            ReportCommand.class, BenchCommand.class, ValidateCommand.class,
            ScenarioCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "Print the stack trace of an internal error.")
    private boolean debug;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line: exit codes and error handling as in {@link ExitCodes}. */
    public static CommandLine commandLine() {
        return new CommandLine(new Main())
                .setExecutionExceptionHandler(new ExecutionErrors())
                .setParameterExceptionHandler(new UsageErrors());
    }

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("Missing command.");
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.BAD_INPUT;
    }

    /** Whether {@code --debug} was given on any (sub)command of this parse. */
    static boolean debugRequested(ParseResult parseResult) {
        for (ParseResult p = parseResult; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--debug")) {
                return true;
            }
        }
        return false;
    }
}
