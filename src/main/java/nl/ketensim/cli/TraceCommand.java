package nl.ketensim.cli;

import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicInteger;
import nl.ketensim.dossier.Dossier;
import nl.ketensim.dossier.DossierRun;
import nl.ketensim.dossier.Timeline;
import nl.ketensim.domain.Language;
import nl.ketensim.output.Decimals;
import nl.ketensim.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ketensim trace SCENARIO --person N}: prints the timeline of the N-th person admitted
 * after time 0 in replication 0, with the same seed and overrides as {@code run}. Writes no files.
 */
@Command(name = "trace", mixinStandardHelpOptions = true,
        description = "Print the timeline of the N-th person admitted after time 0 in replication 0.")
final class TraceCommand extends CaseCommand {


    private int person;
    private double years = 1.0;


    @Option(names = "--person", paramLabel = "N", required = true,
            description = "Which person: the N-th admitted after time 0, >= 1.")
    void setPerson(int person) {
        this.person = OptionChecks.atLeastOne(spec, "--person", person);
    }

    @Option(names = "--years", paramLabel = "Y", description = "Measured years after the warm-up, > 0 (default: 1).")
    void setYears(double years) {
        this.years = OptionChecks.positiveYears(spec, "--years", years);
    }

    @Override
    public Integer call() throws Exception {
        Scenario scenario = readScenario();
        AtomicInteger admitted = new AtomicInteger();
        DossierRun.Outcome outcome = DossierRun.run(scenario, trace.seed, years, p -> {
            admitted.set(p.number());
            return p.number() == person;
        });
        if (outcome.dossiers().isEmpty()) {
            throw new BadInputException("--person " + person + ": only " + admitted.get()
                    + " persons were admitted after time 0 in this run of " + Decimals.format(years)
                    + " measured years; use a smaller number or more --years");
        }
        Dossier dossier = outcome.dossiers().get(0);
        Language lang = lang();
        String header = (lang == Language.NL ? "Persoon " : "Person ") + person + " — " + scenario.name()
                + ", seed " + trace.seed + (lang == Language.NL ? ", gesimuleerd; dag 0 = " : ", simulated; day 0 = ")
                + trace.calendar().start();
        PrintWriter out = spec.commandLine().getOut();
        out.print(new Timeline(trace.calendar(), lang).plain(dossier, header));
        out.flush();
        return ExitCodes.OK;
    }
}
