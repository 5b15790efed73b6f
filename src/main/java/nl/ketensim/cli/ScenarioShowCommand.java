package nl.ketensim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import nl.ketensim.scenario.LoadedScenario;
import nl.ketensim.scenario.ScenarioLoader;
import nl.ketensim.scenario.ScenarioYaml;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ketensim scenario show SCENARIO}: prints the fully resolved scenario ({@code extends},
 * relative values and {@code --set} applied) as a complete scenario file in the layout of
 * basis.yaml; with {@code --origins} each value line ends with where the value was set.
 */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Print the resolved scenario (extends and --set applied) as YAML.")
final class ScenarioShowCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private OverrideOptions options;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario file (YAML).")
    private Path file;

    @Option(names = "--origins", description = "End each value line with # <file:line:col> or # --set ...")
    private boolean origins;

    @Override
    public Integer call() throws Exception {
        List<String> overrides = options.overrides();
        LoadedScenario loaded = ScenarioLoader.loadWithOrigins(file, overrides);
        PrintWriter out = spec.commandLine().getOut();
        out.print("# " + file + " resolved by ketensim scenario show: extends and relative values applied\n");
        for (String override : overrides) {
            out.print("# --set " + override + "\n");
        }
        out.print(ScenarioYaml.write(loaded, origins));
        out.flush();
        return ExitCodes.OK;
    }
}
