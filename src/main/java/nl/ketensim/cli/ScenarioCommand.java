package nl.ketensim.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code ketensim scenario}: inspect scenarios; without a subcommand it prints usage and exits with 2. */
@Command(name = "scenario", mixinStandardHelpOptions = true,
        description = "Inspect scenarios: show one resolved, list a folder, write the parameter reference.",
        subcommands = {ScenarioShowCommand.class, ScenarioListCommand.class, ScenarioReferenceCommand.class})
final class ScenarioCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("Missing subcommand: show, list or reference.");
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.BAD_INPUT;
    }
}
