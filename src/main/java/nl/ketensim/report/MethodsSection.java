package nl.ketensim.report;

import java.util.ArrayList;
import java.util.List;
import nl.ketensim.domain.Language;

/**
 * The methods section, following the STRESS-DES reporting checklist (Monks et al., 2019):
 * objectives, model logic, data, experimentation, implementation and code access. Run-specific
 * facts (replications, seed, run length, warm-up, versions) come from the results folder.
 */
final class MethodsSection {

    /** One checklist section: heading and paragraphs (plain text, escaped when written). */
    record Part(String heading, List<String> paragraphs) { }

    /**
     * The model's named random streams ({@code RandomStreams.Source}), in their order; the report does
     * not depend on the model, so a test keeps this list equal to the streams.
     */
    static final List<String> RANDOM_STREAMS_EN = List.of("arrivals", "stay", "attributes", "needs", "hours",
            "initial population");
    /** {@link #RANDOM_STREAMS_EN} in Dutch. */
    static final List<String> RANDOM_STREAMS_NL = List.of("aankomsten", "verblijfsduur", "kenmerken", "behoeften",
            "uren", "beginpopulatie");

    private MethodsSection() { }

    /** The sentence on a sequential design ({@code --precision}), empty when the count was fixed. */
    private static String sequential(Manifest m, Language l) {
        if (!Double.isFinite(m.precision())) {
            return "";
        }
        String target = Numbers.number(100 * m.precision(), l) + "%";
        if (m.command().equals("knelpunten")) {
            return Labels.pick(l, " Het aantal replicaties is sequentieel bepaald (--precision): elk weggenomen knelpunt "
                    + "dat ertoe doet kreeg er zoveel als nodig waren om het gepaarde 95%-interval van de voorkomen "
                    + "missers binnen " + target + " te brengen; de tabel van de tegenfeitelijke toerekening geeft per "
                    + "knelpunt het aantal (n). Omdat het aantal van de uitkomsten afhangt, is de dekking bij benadering 95%.",
                    " The number of replications was set sequentially (--precision): each relieved knelpunt that "
                    + "matters got as many as its paired 95% interval of misses prevented needed to come within " + target
                    + "; the counterfactual table gives the count (n) per knelpunt. As the count depends on the "
                    + "results, the coverage is approximately 95%.");
        }
        return Labels.pick(l, " Het aantal replicaties is sequentieel bepaald (--precision " + target + ").",
                " The number of replications was set sequentially (--precision " + target + ").");
    }

    static List<Part> of(Results r, Language l) {
        Manifest m = r.manifest();
        String warmup = r.parameter(PoolSeriesCharts.WARMUP_PARAMETER).orElse("?");
        String years = Double.isNaN(m.years()) ? "?" : Numbers.number(m.years(), l);
        boolean sequential = Double.isFinite(m.precision());
        String reps = (m.replications() > 0 ? Integer.toString(m.replications()) : "?");
        String estimationReps = sequential ? Labels.pick(l, "tot " + reps, "up to " + reps) : reps;
        String seed = m.seed() >= 0 ? Long.toString(m.seed()) : "?";
        List<Part> parts = new ArrayList<>();
        parts.add(new Part(Labels.pick(l, "1. Doel", "1. Objectives"), List.of(Labels.pick(l,
                "Het model beantwoordt de vragen van de Inspectie Justitie en Veiligheid (plan van aanpak re-integratie, "
                        + "2021): hoe dragen DJI, gemeenten en reclassering bij aan het re-integratietraject, welke rol "
                        + "speelt samenwerking, en welke knelpunten verklaren dat basisvoorwaarden bij ontslag niet "
                        + "geregeld zijn. Uitkomsten: per basisvoorwaarde het aandeel ontslagen zonder die voorwaarde, "
                        + "procesnormen (intake, D&R-plan, MDO, warme overdracht), bezetting en wachttijden van de "
                        + "personeelspools en het aantal gemiste basisvoorwaarden per knelpunt. Experimenten vergelijken "
                        + "wat-als-scenario's met het basisscenario.",
                "The model answers the questions of the Inspectie Justitie en Veiligheid (plan van aanpak "
                        + "re-integratie, 2021): how DJI, gemeenten and reclassering contribute to the re-integration "
                        + "trajectory, what role cooperation plays, and which knelpunten (bottlenecks) explain that "
                        + "basisvoorwaarden are not arranged at release. Outputs: per basisvoorwaarde the share released "
                        + "without it, process norms (intake, D&R plan, MDO, warme overdracht), utilisation and waiting "
                        + "times of the staff pools, and missed basisvoorwaarden per knelpunt. Experiments compare "
                        + "what-if scenarios with the base scenario."))));
        parts.add(new Part(Labels.pick(l, "2. Modellogica", "2. Model logic"), List.of(Labels.pick(l,
                "Discrete-eventsimulatie met agenten: elke justitiabele (entiteit) komt binnen in een PI of HvB, met "
                        + "geslacht, leeftijd, titel (voorlopige hechtenis of veroordeeld), verblijfsduur, "
                        + "herkomstregio, LVB, toezicht en behoeften op de basisvoorwaarden (gecorreleerd via een "
                        + "Gaussische copula). Het werkstroomschema (Bijlage I van het plan van aanpak) volgt: intake "
                        + "binnen 10 dagen, D&R-plan binnen 4 weken, MDO elke 6 weken, werk aan elke behoefte, "
                        + "afstemming en warme overdracht voor ontslag, en na ontslag voortzetting van open werk.",
                "Agent-based discrete-event simulation: each justitiabele (entity) enters a PI or HvB with sex, age, "
                        + "legal status (remand or sentenced), length of stay, home region, LVB, supervision and needs "
                        + "on the basisvoorwaarden (correlated through a Gaussian copula). The work-flow scheme "
                        + "(Bijlage I of the plan van aanpak) follows: intake within 10 days, D&R plan within 4 weeks, "
                        + "MDO every 6 weeks, work on each need, alignment and warm handover before release, and "
                        + "continuation of open work after release."), Labels.pick(l,
                "Resources zijn de personeelspools van casemanagers, gemeenten en reclassering, met capaciteit in fte maal productieve uren; werk wacht in een wachtrij als de pool "
                        + "bezet is. Ook de plaatsen in de PI's zijn schaars: een justitiabele komt in een PI van de eigen "
                        + "regio met een vrije plaats, anders in de dichtstbijzijnde regio met plaats (een deel via een "
                        + "landelijk regime); plaatsing in de eigen regio is een uitkomst. "
                        + "Externe voorzieningen (woning, zorg) hebben wachttijden. Een basisvoorwaarde die bij "
                        + "ontslag niet geregeld is, krijgt het knelpunt waarop de zaak op dat moment wachtte "
                        + "(beschrijvende toerekening); de tegenfeitelijke toerekening neemt één knelpunt weg en telt "
                        + "wat verdwijnt, met gepaarde runs.",
                "Resources are the staff pools of casemanagers, gemeenten and reclassering, with capacity in FTE times productive hours; work waits in a queue when the pool is busy. "
                        + "Places in the PI's are scarce too: a justitiabele goes to a PI of the home region with a free "
                        + "place, otherwise to the nearest region with one (a share through a national regime); "
                        + "placement in the home region is an outcome. External "
                        + "supply (housing, care) has waiting times. A basisvoorwaarde not arranged at release is "
                        + "attributed to the knelpunt the case was waiting for at that moment (descriptive attribution); "
                        + "the counterfactual attribution relieves one knelpunt and counts what disappears, in paired "
                        + "runs."))));
        parts.add(new Part(Labels.pick(l, "3. Gegevens", "3. Data"), List.of(Labels.pick(l,
                "Alle invoerwaarden staan in het scenariobestand, elk met de bron en de betrouwbaarheid ernaast: "
                        + "(A) officieel cijfer, (B) officieel via een secundaire bron, (C) onderzoek of pers, (E) "
                        + "schatting van het ketensim-team met de reden. Bronnen zijn onder meer DJI in getal, de WODC "
                        + "Monitor nazorg ex-gedetineerden (6e meting), CBS StatLine 84425NED en de RSJ. De verdeling "
                        + "van de verblijfsduur is gefit op gepubliceerde kengetallen. Paragraaf 'Scenario' geeft elke "
                        + "opgeloste waarde met de plek waar ze is gezet en de bron.",
                "Every input value is in the scenario file, each with its source and confidence beside it: (A) "
                        + "official figure, (B) official via a secondary source, (C) research or press, (E) estimate by "
                        + "the ketensim team with the reason. Sources include DJI in getal, the WODC Monitor nazorg "
                        + "ex-gedetineerden (6th measurement), CBS StatLine 84425NED and the RSJ. The length-of-stay "
                        + "distribution is fitted to published figures. The section 'Scenario' lists every resolved "
                        + "value with where it was set and its source."))));
        parts.add(new Part(Labels.pick(l, "4. Experimenten", "4. Experimentation"), List.of(Labels.pick(l,
                "Initialisatie: elke replicatie begint met een al gedetineerde populatie, gevolgd door een "
                        + "opwarmperiode van " + warmup + " dagen waarin niet gemeten wordt; de tijdreeksen tonen de "
                        + "opwarmperiode wel. Looptijd: " + years + " gemeten jaar per replicatie. Schatting: " + estimationReps
                        + " onafhankelijke replicaties; per uitkomst het gemiddelde over de replicaties met een "
                        + "Student-t 95%-betrouwbaarheidsinterval. Gemeenschappelijke toevalsgetallen: replicatie r "
                        + "gebruikt deelstroom r van elke benoemde toevalsstroom, zodat scenario's met dezelfde seed "
                        + "gepaard vergeleken worden." + sequential(m, l),
                "Initialisation: each replication starts with an already detained population, followed by a warm-up "
                        + "of " + warmup + " days without measurement; the time series do show the warm-up. Run length: "
                        + years + " measured years per replication. Estimation: " + estimationReps + " independent replications; "
                        + "per output the mean over replications with a Student-t 95% confidence interval. Common random "
                        + "numbers: replication r uses substream r of every named random stream, so scenarios run with "
                        + "the same seed are compared pairwise." + sequential(m, l)))));
        parts.add(new Part(Labels.pick(l, "5. Implementatie", "5. Implementation"), List.of(Labels.pick(l,
                "Software: ketensim " + orUnknown(m.version()) + " (Java " + orUnknown(m.javaVersion())
                        + ") op de simulatiebibliotheek SSJ (Université de Montréal). Toevalsgetallen: generator "
                        + "MRG32k3a van L'Ecuyer, één benoemde stroom per bron van toeval ("
                        + String.join(", ", RANDOM_STREAMS_NL) + "), experimentseed " + seed
                        + ". Uitvoering: replicaties parallel op " + (m.threads() > 0 ? m.threads() : "?")
                        + " threads; de uitkomsten hangen niet af van het aantal threads. Start van de run: "
                        + orUnknown(m.startTime()) + ".",
                "Software: ketensim " + orUnknown(m.version()) + " (Java " + orUnknown(m.javaVersion())
                        + ") on the SSJ simulation library (Université de Montréal). Random numbers: L'Ecuyer's "
                        + "MRG32k3a generator, one named stream per source of randomness ("
                        + String.join(", ", RANDOM_STREAMS_EN) + "), experiment seed " + seed
                        + ". Execution: replications in parallel on " + (m.threads() > 0 ? m.threads() : "?")
                        + " threads; results do not depend on the thread count. Run started: "
                        + orUnknown(m.startTime()) + "."))));
        parts.add(new Part(Labels.pick(l, "6. Code en reproductie", "6. Code access and reproduction"), List.of(Labels.pick(l,
                "De run is te herhalen met dezelfde ketensim-versie" + commit(m, l) + ", het scenariobestand " + orUnknown(m.scenarioFile())
                        + " (SHA-256 " + orUnknown(m.scenarioSha256()) + ")" + overrides(m, l) + ", seed " + seed
                        + ", " + (sequential ? precisionOptions(m) : reps + " replicaties")
                        + " en " + years + " gemeten jaar; dat geeft byte-identieke CSV-bestanden.",
                "The run can be repeated with the same ketensim version" + commit(m, l) + ", scenario file " + orUnknown(m.scenarioFile())
                        + " (SHA-256 " + orUnknown(m.scenarioSha256()) + ")" + overrides(m, l) + ", seed " + seed + ", "
                        + (sequential ? precisionOptions(m) : reps + " replications")
                        + " and " + years + " measured years; this gives byte-identical CSV files.")
                + study(m, l))));
        return parts;
    }

    /** The git commit of the build in brackets, with a warning when it had uncommitted changes. */
    private static String commit(Manifest m, Language l) {
        if (m.gitCommit().isEmpty() || m.gitCommit().equals("unknown")) {
            return Labels.pick(l, " (git-commit onbekend)", " (git commit unknown)");
        }
        return Labels.pick(l, " (git-commit ", " (git commit ") + m.gitCommit() + (m.gitDirty().equals("true")
                ? Labels.pick(l, ", met niet-vastgelegde wijzigingen", ", with uncommitted changes") : "") + ")";
    }

    /** For a study of several scenarios: where the others are recorded. */
    private static String study(Manifest m, Language l) {
        if (m.variants().size() <= 1) {
            return "";
        }
        return Labels.pick(l, " Het commando (ketensim " + m.command() + ") en alle " + m.variants().size()
                        + " scenario's van deze studie, elk met bestand, SHA-256 en aanpassingen, staan in manifest.json.",
                " The command (ketensim " + m.command() + ") and all " + m.variants().size()
                        + " scenarios of this study, each with file, SHA-256 and overrides, are in manifest.json.");
    }

    /**
     * The options that set the counts of a sequential design, to repeat the run; only the target when
     * the manifest does not name them (written before they were recorded).
     */
    private static String precisionOptions(Manifest m) {
        return m.precisionOptions().isEmpty()
                ? "--precision " + nl.ketensim.output.Decimals.format(m.precision()) : m.precisionOptions();
    }

    private static String overrides(Manifest m, Language l) {
        if (m.overrides().isEmpty()) {
            return "";
        }
        return Labels.pick(l, " met de aanpassingen ", " with the overrides ") + "--set "
                + String.join(", --set ", m.overrides());
    }

    private static String orUnknown(String text) {
        return text == null || text.isEmpty() ? "?" : text;
    }
}
