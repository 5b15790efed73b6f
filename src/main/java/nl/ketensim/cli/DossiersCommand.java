package nl.ketensim.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.ketensim.domain.Language;
import nl.ketensim.dossier.Calendar;
import nl.ketensim.dossier.Dossier;
import nl.ketensim.dossier.DossierCsv;
import nl.ketensim.dossier.DossierRun;
import nl.ketensim.dossier.DossierSelection;
import nl.ketensim.dossier.DossiersHtml;
import nl.ketensim.output.AtomicFolder;
import nl.ketensim.output.Decimals;
import nl.ketensim.scenario.Prison;
import nl.ketensim.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ketensim dossiers SCENARIO}: simulated dossiers selected as the Inspectie's dossierstudie
 * selects them (see {@link DossierSelection}); writes {@code dossiers.html}, {@code dossiers.csv}
 * and {@code events.csv} into a new folder, all at once.
 */
@Command(name = "dossiers", mixinStandardHelpOptions = true,
        description = "Simulated dossiers as in the Inspectie's dossierstudie: dossiers.html, dossiers.csv, events.csv.")
final class DossiersCommand extends CaseCommand {

    /** The PI's of the Inspectie's dossierstudie. */
    static final List<String> INSPECTIE_PIS = List.of("Almelo", "Heerhugowaard", "Rotterdam", "Nieuwersluis",
            "Ter Peel");


    @Option(names = "--pis", paramLabel = "PI[,PI...]", split = ",",
            description = "PI's that supply dossiers, e.g. Almelo or \"PI Almelo\" (default: Almelo, Heerhugowaard,"
                    + " Rotterdam, Nieuwersluis, Ter Peel, those the scenario has).")
    private List<String> pis;

    private int perPi = 10;
    private int select = 10;
    private double years = 3.0;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Output folder; must not exist (default: results/dossiers-<scenario>-<yyyyMMdd-HHmmss>).")
    private Path out;

    /** Seam for tests; production value by default. */
    Clock clock = Clock.systemDefaultZone();

    @Option(names = "--per-pi", paramLabel = "N", description = "Dossiers each PI supplies, >= 1 (default: 10).")
    void setPerPi(int perPi) {
        this.perPi = OptionChecks.atLeastOne(spec, "--per-pi", perPi);
    }

    @Option(names = "--select", paramLabel = "N", description = "Dossiers chosen for variety, >= 1 (default: 10).")
    void setSelect(int select) {
        this.select = OptionChecks.atLeastOne(spec, "--select", select);
    }

    @Option(names = "--years", paramLabel = "Y",
            description = "Measured years after the warm-up; the run must outlast the 24-month window (default: 3).")
    void setYears(double years) {
        this.years = OptionChecks.positiveYears(spec, "--years", years);
    }

    @Override
    public Integer call() throws Exception {
        OffsetDateTime started = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
        Scenario scenario = readScenario();
        List<String> prisons = prisons(scenario);
        double end = DossierRun.endDay(scenario, years);
        if (end < 2 * 365.0) {
            throw new BadInputException(String.format(Locale.ROOT, "--years %s: the run (warm-up %s days and %s "
                    + "measured years) ends on day %s, before the 24-month window of released persons has begun; "
                    + "use --years %s or more", Decimals.format(years),
                    Decimals.format(scenario.simulation().warmupDays()), Decimals.format(years),
                    Decimals.format(end), Decimals.format(Math.ceil((2 * 365.0 - scenario.simulation().warmupDays())
                            / 365.0 * 10) / 10 + 0.5)));
        }
        Path folder = out != null ? out : StudyExecution.defaultFolder("dossiers-" + scenario.name(), started);
        if (Files.exists(folder)) {
            throw new BadInputException("output folder already exists: " + folder);
        }
        ProgressLine progress = new ProgressLine(spec.commandLine().getErr());
        List<String> wanted = List.copyOf(prisons);
        DossierRun.Outcome run = DossierRun.run(scenario, trace.seed, years,
                p -> wanted.contains(p.prison()) && DossierSelection.inWindow(p, end));
        progress.replicationDone(1, 1);
        progress.finish();
        Map<String, List<Dossier>> supplied = DossierSelection.supplied(run.dossiers(), prisons, perPi, trace.seed);
        List<Dossier> chosen = DossierSelection.choose(supplied, select);

        Language lang = lang();
        Calendar calendar = trace.calendar();
        List<String> intro = introduction(scenario, lang, calendar, end, run.dossiers(), supplied, chosen.size());
        String title = (lang == Language.NL ? "Gesimuleerde dossiers — " : "Simulated dossiers — ") + scenario.name();
        AtomicFolder.create(folder, dir -> {
            new DossiersHtml(lang, calendar).write(dir.resolve("dossiers.html"), title, intro, chosen);
            DossierCsv.writeDossiers(chosen, calendar, dir.resolve("dossiers.csv"));
            DossierCsv.writeEvents(chosen, dir.resolve("events.csv"));
        });
        PrintWriter stdout = spec.commandLine().getOut();
        intro.subList(1, intro.size() - 1).forEach(stdout::println);
        stdout.println("Results: " + folder);
        stdout.flush();
        return ExitCodes.OK;
    }

    /** The scenario's names of the requested PI's, or of the Inspectie's where it has them (else all). */
    private List<String> prisons(Scenario scenario) throws BadInputException {
        List<String> names = scenario.prisons().stream().map(Prison::name).toList();
        List<String> resolved = new ArrayList<>();
        if (pis == null) {
            for (String pi : INSPECTIE_PIS) {
                String match = DossierSelection.matchPrison(pi, names);
                if (match != null) {
                    resolved.add(match);
                }
            }
            return resolved.isEmpty() ? names : resolved;
        }
        for (String pi : pis) {
            String match = DossierSelection.matchPrison(pi, names);
            if (match == null) {
                throw new BadInputException("--pis: scenario " + scenarioFile + " has no PI '" + pi.trim()
                        + "'; allowed: " + String.join(", ", names));
            }
            if (!resolved.contains(match)) {
                resolved.add(match);
            }
        }
        return resolved;
    }

    private List<String> introduction(Scenario scenario, Language lang, Calendar calendar, double end,
                                      List<Dossier> candidates, Map<String, List<Dossier>> supplied, int chosen) {
        boolean nl = lang == Language.NL;
        List<String> lines = new ArrayList<>();
        lines.add(nl ? "Gesimuleerd: deze dossiers beschrijven personen die het model heeft gesimuleerd, geen echte"
                + " justitiabelen." : "Simulated: these dossiers describe persons the model simulated, not real"
                + " justitiabelen.");
        lines.add(String.format(Locale.ROOT, nl
                ? "Scenario %s, seed %d, replicatie 0: dag 0 = %s, opwarmperiode %s dagen, daarna %s jaar; einde %s."
                : "Scenario %s, seed %d, replication 0: day 0 = %s, warm-up %s days, then %s years; end %s.",
                scenario.name(), trace.seed, calendar.start(), Decimals.format(scenario.simulation().warmupDays()),
                Decimals.format(years), calendar.date(end)));
        lines.add(String.format(Locale.ROOT, nl
                ? "Venster: binnengekomen na dag 0 en ontslagen tussen %s en %s (6-24 maanden voor het einde): %d personen."
                : "Window: admitted after day 0 and released between %s and %s (6-24 months before the end): %d persons.",
                calendar.date(end - 2 * 365.0), calendar.date(end - 365.0 / 2), candidates.size()));
        List<String> perPrison = new ArrayList<>();
        supplied.forEach((pi, list) -> perPrison.add(pi + " " + list.size() + "/"
                + candidates.stream().filter(d -> d.person().prison().equals(pi)).count()));
        lines.add((nl ? "Aangeleverd per PI (geleverd/in venster, willekeurig uit de seed): "
                : "Supplied per PI (supplied/in window, at random from the seed): ") + String.join(", ", perPrison) + ".");
        lines.add(String.format(Locale.ROOT, nl
                ? "Gekozen: %d dossiers op variatie in PI, leeftijd, eigen regio of niet, hulpvragen, toezicht,"
                + " verblijfsduur en titel (hebzuchtig: steeds de zeldzaamste kenmerken)."
                : "Chosen: %d dossiers for variety in PI, age, home region or not, needs, supervision, stay and legal"
                + " status (greedy: each time the rarest attributes).", chosen));
        lines.add(nl ? "Het model kent geen migratieachtergrond, nationaliteit, delict of gezinssituatie; die criteria"
                + " van de Inspectie zijn niet gebruikt."
                : "The model has no migration background, nationality, offence or family situation; those criteria of"
                + " the Inspectie are not used.");
        return lines;
    }
}
