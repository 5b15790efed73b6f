package nl.ketensim.cli;

import java.io.PrintWriter;
import nl.ketensim.experiment.ReplicationFailedException;
import nl.ketensim.scenario.ScenarioException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns exceptions thrown by a command into messages and exit codes: scenario problems and other
 * bad input give one line each and exit 2; anything else is an internal error, one line and
 * exit 1, with the stack trace only under {@code --debug}.
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

    private static String describe(Exception ex) {
        if (ex instanceof ReplicationFailedException) {
            return ex.getMessage();
        }
        String message = ex.getMessage();
        return "internal error: " + ex.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
