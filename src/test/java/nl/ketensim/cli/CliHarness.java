package nl.ketensim.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import nl.ketensim.experiment.FakeModel;
import nl.ketensim.output.ScenarioParameter;
import nl.ketensim.scenario.LoadedScenario;
import nl.ketensim.scenario.Scenario;
import picocli.CommandLine;

/**
 * Runs the real command line with captured output, a fake scenario source and a fake model on
 * every study command, fake resolved parameters, and no charts unless a test asks for them.
 */
final class CliHarness {

    /** What one invocation produced. */
    record Outcome(int exitCode, String out, String err) { }

    /** A scenario with only a name; the fake model needs nothing else. */
    static Scenario scenario(String name) {
        return new Scenario(name, "test", null, null, List.of(), List.of(), null, null, null, null, null,
                null, null, null, null);
    }

    /** The scenario as a source gives it: with its name as its only resolved value. */
    static LoadedScenario loaded(Scenario scenario) {
        return new LoadedScenario(scenario, Map.of("name", scenario.name()), Map.of());
    }

    ScenarioSource scenarios = (file, overrides) -> loaded(scenario("fake"));
    ModelFactory models = (scenario, seed, years) -> FakeModel::replication;
    ParameterSource parameters = (file, overrides) -> List.of(
            new ScenarioParameter("name", "fake", "", file + ":1:7", ""));
    /** Drawing charts is slow; tests that need it set {@link ReportStep#CHARTS_AND_REPORT}. */
    ReportStep reports = (folder, language) -> { };

    Outcome execute(String... args) {
        CommandLine commandLine = Main.commandLine();
        for (CommandLine sub : commandLine.getSubcommands().values()) {
            if (sub.getCommand() instanceof StudyCommand study) {
                study.scenarios = scenarios;
                study.models = models;
                study.parameters = parameters;
                study.reports = reports;
            }
        }
        MergeCommand merge = commandLine.getSubcommands().get("merge").getCommand();
        merge.reports = reports;
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
