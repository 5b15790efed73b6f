package nl.ketensim.cli;

import java.io.PrintWriter;
import nl.ketensim.experiment.ReplicationFailedException;
import nl.ketensim.output.AtomicFolder;
import nl.ketensim.scenario.ScenarioException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns exceptions thrown by a command into messages and exit codes: scenario problems and other
 * bad input give one line each and exit 2 (also an output folder that another run created
 * first); a results folder that could not be written says so and where, exit 1; anything else is
 * an internal error, one line and exit 1, with the stack trace only under {@code --debug}.
 */
final class ExecutionErrors implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception ex, CommandLine commandLine, ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        try {
            if (ex instanceof ScenarioException scenario) {
                scenario.problems().forEach(err::println);
                return ExitCodes.BAD_INPUT;
            }
            if (ex instanceof BadInputException) {
                err.println(ex.getMessage());
                return ExitCodes.BAD_INPUT;
            }
            if (ex instanceof AtomicFolder.ExistsException exists) {
                err.println(folderExists(exists.getFile()));
                return ExitCodes.BAD_INPUT;
            }
            if (ex instanceof AtomicFolder.WriteException write) {
                err.println("ketensim: the results could not be written to " + write.target() + " ("
                        + write.reason() + "); nothing was left there. Free disk space or choose another --out, "
                        + "and run again.");
                return ExitCodes.INTERNAL_ERROR;
            }
            boolean debug = Main.debugRequested(parseResult);
            err.println("ketensim: " + describe(ex) + (debug ? "" : " (use --debug for the stack trace)"));
            if (debug) {
                ex.printStackTrace(err);
            }
            return ExitCodes.INTERNAL_ERROR;
        } finally {
            err.flush();
        }
    }

    /** The message for an output folder that exists: the same for the early check and a lost race. */
    static String folderExists(Object folder) {
        return "output folder already exists: " + folder;
    }

    private static String describe(Exception ex) {
        if (ex instanceof ReplicationFailedException) {
            return ex.getMessage();
        }
        String message = ex.getMessage();
        return "internal error: " + ex.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
