package nl.ketensim.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import nl.ketensim.reference.ParameterReference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ketensim scenario reference}: writes the scenario reference page (Markdown) generated
 * from the parameter catalog, basis.yaml and the scenario files, to stdout or {@code --out FILE}.
 */
@Command(name = "reference", mixinStandardHelpOptions = true,
        description = "Write the scenario parameter reference (Markdown), as committed in scenarios/README.md.")
final class ScenarioReferenceCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--dir", paramLabel = "DIR",
            description = "Folder with basis.yaml and the shipped scenarios (default: "
                    + ScenarioListCommand.DEFAULT_DIR + ").")
    private Path dir = Path.of(ScenarioListCommand.DEFAULT_DIR);

    @Option(names = "--out", paramLabel = "FILE", description = "Write to this file (UTF-8) instead of stdout.")
    private Path out;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(dir)) {
            throw new BadInputException("scenario folder not found: " + dir);
        }
        String page = ParameterReference.generate(dir);
        if (out == null) {
            spec.commandLine().getOut().print(page);
            spec.commandLine().getOut().flush();
            return ExitCodes.OK;
        }
        write(page);
        spec.commandLine().getErr().println("Reference written to " + out);
        return ExitCodes.OK;
    }

    private void write(String page) throws BadInputException {
        try {
            Files.writeString(out, page, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BadInputException("cannot write " + out + " (" + e.getClass().getSimpleName() + ")");
        }
    }
}
