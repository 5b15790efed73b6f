package nl.ketensim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import nl.ketensim.scenario.PolicyQuestion;
import nl.ketensim.scenario.Scenario;
import nl.ketensim.scenario.ScenarioException;
import nl.ketensim.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ketensim validate SCENARIO...}: checks every file without running it. Prints
 * {@code ok  <file>  (<name>: <first line of description>)} on stdout for each valid file and
 * every problem of each invalid one on stderr; exit 0 when all are valid, 2 otherwise.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check scenario files without running them; every file, every problem.")
final class ValidateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private OverrideOptions options;

    @Parameters(arity = "1..*", paramLabel = "SCENARIO", description = "Scenario files (YAML).")
    private List<Path> files;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int invalid = 0;
        for (Path file : files) {
            try {
                Scenario scenario = ScenarioLoader.load(file, options.overrides());
                out.println("ok  " + file + "  (" + scenario.name() + ": "
                        + PolicyQuestion.firstLine(scenario.description()) + ")");
                out.flush();
            } catch (ScenarioException e) {
                invalid++;
                e.problems().forEach(err::println);
                err.flush();
            }
        }
        if (invalid > 0) {
            err.println(invalid + " of " + files.size() + " scenario files invalid");
            err.flush();
            return ExitCodes.BAD_INPUT;
        }
        return ExitCodes.OK;
    }
}
