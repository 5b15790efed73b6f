package nl.ketensim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import nl.ketensim.scenario.PolicyQuestion;
import nl.ketensim.scenario.Scenario;
import nl.ketensim.scenario.ScenarioFiles;
import nl.ketensim.scenario.ScenarioException;
import nl.ketensim.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ketensim scenario list [DIR]}: one line per {@code *.yaml} file of the folder: file
 * name, scenario name and its policy question in short; an invalid file shows {@code INVALID}
 * and its first problem, and makes the exit code 2.
 */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "List the scenario files of a folder with name and policy question.")
final class ScenarioListCommand implements Callable<Integer> {

    static final String DEFAULT_DIR = "scenarios";
    /** Maximum length of the policy question shown (characters). */
    static final int QUESTION_LENGTH = 100;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR",
            description = "Folder of scenario files (default: " + DEFAULT_DIR + ").")
    private Path dir = Path.of(DEFAULT_DIR);

    /** One listed file: its name and, when valid, its scenario's name and question, else its first problem. */
    private record Row(String file, String name, String text) { }

    @Override
    public Integer call() throws Exception {
        List<Row> rows = new ArrayList<>();
        boolean anyInvalid = false;
        for (Path file : yamlFiles(dir)) {
            String fileName = file.getFileName().toString();
            try {
                Scenario scenario = ScenarioLoader.load(file);
                rows.add(new Row(fileName, scenario.name(),
                        PolicyQuestion.shortened(scenario.description(), QUESTION_LENGTH)));
            } catch (ScenarioException e) {
                anyInvalid = true;
                rows.add(new Row(fileName, "INVALID", e.problems().isEmpty() ? "" : e.problems().get(0)));
            }
        }
        print(rows);
        return anyInvalid ? ExitCodes.BAD_INPUT : ExitCodes.OK;
    }

    private void print(List<Row> rows) {
        PrintWriter out = spec.commandLine().getOut();
        if (rows.isEmpty()) {
            out.println("no scenario files (*.yaml) in " + dir);
        }
        int fileWidth = rows.stream().mapToInt(r -> r.file().length()).max().orElse(0);
        int nameWidth = rows.stream().mapToInt(r -> r.name().length()).max().orElse(0);
        for (Row row : rows) {
            out.println(pad(row.file(), fileWidth) + "  " + pad(row.name(), nameWidth) + "  " + row.text());
        }
        out.flush();
    }

    /** The {@code *.yaml} files directly in {@code dir}, sorted by name. */
    static List<Path> yamlFiles(Path dir) throws BadInputException, IOException {
        if (!Files.isDirectory(dir)) {
            throw new BadInputException("scenario folder not found: " + dir);
        }
        return ScenarioFiles.in(dir);
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - text.length()));
    }
}
