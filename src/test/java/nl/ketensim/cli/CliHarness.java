package nl.ketensim.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import nl.ketensim.experiment.FakeModel;
import nl.ketensim.scenario.Scenario;
import picocli.CommandLine;

/** Runs the real command line with captured output, a fake scenario source and a fake model. */
final class CliHarness {

    /** What one invocation produced. */
    record Outcome(int exitCode, String out, String err) { }

    /** A scenario with only a name; the fake model needs nothing else. */
    static Scenario scenario(String name) {
        return new Scenario(name, "test", null, null, List.of(), List.of(), null, null, null, null, null,
                null, null, null);
    }

    ScenarioSource scenarios = (file, overrides) -> scenario("fake");
    ModelFactory models = (scenario, seed, years) -> FakeModel::replication;

    Outcome execute(String... args) {
        CommandLine commandLine = Main.commandLine();
        for (CommandLine sub : commandLine.getSubcommands().values()) {
            if (sub.getCommand() instanceof StudyCommand study) {
                study.scenarios = scenarios;
                study.models = models;
            }
        }
        BenchCommand bench = commandLine.getSubcommands().get("bench").getCommand();
        bench.scenarios = scenarios;
        bench.models = models;
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute(args);
        return new Outcome(exitCode, out.toString(), err.toString());
    }
}
