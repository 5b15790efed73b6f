package nl.ketensim.report;

import java.util.ArrayList;
import java.util.List;
import nl.ketensim.domain.Basisvoorwaarde;
import nl.ketensim.domain.Language;
import nl.ketensim.output.AtomicFolder;
import nl.ketensim.results.Group;
import nl.ketensim.results.MetricFamily;
import nl.ketensim.results.Unit;

/** The report's tables built from the results: provenance, key metrics, knelpunten, relief, comparison, parameters. */
final class ResultTables {

    /** A table with its caption. */
    record Captioned(String caption, HtmlTable table) { }

    static final List<String> KEY_GROUPS = List.of(Group.ALL.key(), Group.STAY_LE_14D.key(), Group.STAY_GT_14D.key());

    private ResultTables() { }

    static Captioned provenance(Results r, Language l) {
        Manifest m = r.manifest();
        HtmlTable t = new HtmlTable(List.of(Labels.pick(l, "Gegeven", "Item"), Labels.pick(l, "Waarde", "Value")),
                List.of(false, false));
        t.row(List.of("scenario", m.scenario()));
        t.row(List.of(Labels.pick(l, "scenariobestand", "scenario file"), m.scenarioFile()));
        t.row(List.of(Labels.pick(l, "SHA-256 van het scenariobestand", "SHA-256 of the scenario file"), m.scenarioSha256()));
        t.row(List.of(Labels.pick(l, "aanpassingen (--set)", "overrides (--set)"),
                m.overrides().isEmpty() ? Labels.pick(l, "geen", "none") : String.join(", ", m.overrides())));
        t.row(List.of("seed", m.seed() >= 0 ? Long.toString(m.seed()) : "?"));
        t.row(List.of(Labels.pick(l, "replicaties", "replications"), m.replications() > 0 ? Integer.toString(m.replications()) : "?"));
        t.row(List.of(Labels.pick(l, "gemeten jaren per replicatie", "measured years per replication"), Numbers.number(m.years(), l)));
        t.row(List.of(Labels.pick(l, "threads", "threads"), m.threads() > 0 ? Integer.toString(m.threads()) : "?"));
        t.row(List.of(Labels.pick(l, "ketensim-versie", "ketensim version"), m.version()));
        t.row(List.of(Labels.pick(l, "git-commit van ketensim", "git commit of ketensim"), orUnknown(m.gitCommit())));
        t.row(List.of(Labels.pick(l, "niet-vastgelegde wijzigingen in die build", "uncommitted changes in that build"),
                dirty(m.gitDirty(), l)));
        t.row(List.of(Labels.pick(l, "Java-versie", "Java version"), m.javaVersion()));
        t.row(List.of(Labels.pick(l, "start van de run", "run started"), m.startTime()));
        t.row(List.of(Labels.pick(l, "resultatenmap", "results folder"), String.valueOf(AtomicFolder.finalPath(r.folder()).getFileName())));
        return new Captioned(Labels.pick(l, "Herkomst van deze resultaten (uit manifest.json).",
                "Provenance of these results (from manifest.json)."), t);
    }

    private static String orUnknown(String value) {
        return value.isEmpty() ? "unknown" : value;
    }

    /** {@code git_dirty} in words: yes / no / unknown. */
    private static String dirty(String gitDirty, Language l) {
        return switch (gitDirty) {
            case "true" -> Labels.pick(l, "ja", "yes");
            case "false" -> Labels.pick(l, "nee", "no");
            default -> Labels.pick(l, "onbekend", "unknown");
        };
    }

    static Captioned keyMetrics(Results r, Language l) {
        List<String> groups = KEY_GROUPS.stream().filter(g -> r.summary().stream().anyMatch(s -> s.group().equals(g))).toList();
        List<String> header = new ArrayList<>(List.of(Labels.pick(l, "Uitkomst", "Output"), Labels.pick(l, "Eenheid", "Unit")));
        List<Boolean> numeric = new ArrayList<>(List.of(false, false));
        for (String g : groups) {
            header.add(Labels.group(g, l) + Labels.pick(l, " (95%-BI)", " (95% CI)"));
            numeric.add(true);
        }
        HtmlTable t = new HtmlTable(header, numeric);
        List<String> metrics = new ArrayList<>(List.of(MetricFamily.RELEASES_PER_YEAR.key(),
                MetricFamily.MEAN_POPULATION.key(), MetricFamily.STAY_DAYS_MEAN.key(), MetricFamily.INTAKE_DAYS_MEAN.key()));
        metrics.addAll(ProcessNormsChart.METRICS);
        metrics.add(MetricFamily.VERLOF_SHARE.key());
        for (Basisvoorwaarde b : Basisvoorwaarde.values()) {
            metrics.add(MetricFamily.WITHOUT_AT_RELEASE.key(b));
        }
        metrics.addAll(List.of(MetricFamily.WORK_BEFORE_DETENTION_SHARE.key(),
                MetricFamily.BENEFIT_AFTER_RELEASE_SHARE.key(), MetricFamily.NO_WORK_AFTER_4W_SHARE.key()));
        for (String metric : metrics) {
            List<String> cells = new ArrayList<>();
            String unit = null;
            for (String g : groups) {
                var row = r.find(g, metric);
                if (row.isPresent()) {
                    unit = row.get().unit();
                    boolean share = unit.equals(Unit.SHARE.key());
                    String range = Numbers.range(row.get().estimate(), share, l);
                    cells.add((share ? Numbers.percent(row.get().estimate().mean(), l) : Numbers.number(row.get().estimate().mean(), l))
                            + (range.isEmpty() ? "" : " (" + range + ")"));
                } else {
                    cells.add("");
                }
            }
            if (unit != null) {
                List<String> full = new ArrayList<>(List.of(Labels.metric(metric, r.scenarioValues(), l), Labels.unit(unit, l)));
                full.addAll(cells);
                t.row(full);
            }
        }
        return new Captioned(Labels.pick(l, "Kerncijfers per groep: gemiddelde over de replicaties met 95%-betrouwbaarheidsinterval (uit summary.csv).",
                "Key figures per group: mean over replications with 95% confidence interval (from summary.csv)."), t);
    }

    static Captioned knelpunten(Results r, Language l) {
        HtmlTable t = new HtmlTable(List.of(Labels.pick(l, "Basisvoorwaarde", "Basisvoorwaarde"), Labels.pick(l, "Knelpunt", "Knelpunt"),
                Labels.pick(l, "Per jaar", "Per year"), "95%-" + Labels.pick(l, "BI", "CI"), Labels.pick(l, "Aandeel", "Share"),
                Labels.pick(l, "Verloren dagen per jaar", "Days lost per year"), "95%-" + Labels.pick(l, "BI", "CI")),
                List.of(false, false, true, true, true, true, true));
        for (KnelpuntEstimate k : r.knelpunten()) {
            if (k.missedPerYear().mean() > 0) {
                t.row(List.of(Labels.basisvoorwaarde(k.basisvoorwaarde(), l), Labels.knelpunt(k.knelpunt(), l),
                        Numbers.number(k.missedPerYear().mean(), l), Numbers.range(k.missedPerYear(), false, l),
                        Numbers.percent(k.share(), l), Numbers.number(k.daysLostPerYear().mean(), l),
                        Numbers.range(k.daysLostPerYear(), false, l)));
            }
        }
        return new Captioned(Labels.pick(l, "Niet geregelde basisvoorwaarden per jaar per knelpunt, twee beschrijvende toerekeningen: "
                        + "het knelpunt waarop de zaak bij ontslag wachtte (personen per jaar; aandeel binnen de basisvoorwaarde), en "
                        + "de dagen die deze gemiste basisvoorwaarden van opname tot ontslag aan elk knelpunt verloren (dagen per jaar); "
                        + "knelpunten zonder gemiste basisvoorwaarden weggelaten; uit knelpunten.csv.",
                "Basisvoorwaarden not arranged per year per knelpunt, two descriptive attributions: the knelpunt the case was "
                        + "waiting for at release (persons per year; share within the basisvoorwaarde), and the days these missed "
                        + "needs lost to each knelpunt from admission to release (days per year); knelpunten without misses left "
                        + "out; from knelpunten.csv."), t);
    }

    static Captioned relief(Results r, Language l) {
        HtmlTable t = new HtmlTable(List.of(Labels.pick(l, "Knelpunt", "Knelpunt"), Labels.pick(l, "Basisvoorwaarde", "Basisvoorwaarde"),
                Labels.pick(l, "Gemist, basis", "Missed, base"), Labels.pick(l, "Gemist, weggenomen", "Missed, relieved"),
                Labels.pick(l, "Voorkomen", "Prevented"), "95%-" + Labels.pick(l, "BI", "CI"),
                "± %", "n"),
                List.of(false, false, true, true, true, true, true, true));
        for (ReliefRow x : r.relief()) {
            t.row(List.of(Labels.knelpunt(x.knelpunt(), l),
                    x.isTotal() ? Labels.pick(l, "alle", "all") : Labels.basisvoorwaarde(x.basisvoorwaarde(), l),
                    Numbers.number(x.missedBase(), l), Numbers.number(x.missedRelieved(), l),
                    Numbers.number(x.prevented().mean(), l), Numbers.range(x.prevented(), false, l),
                    Double.isFinite(x.relativeHalfWidth()) ? Numbers.number(100 * x.relativeHalfWidth(), l) : "–",
                    x.replications() > 0 ? Integer.toString(x.replications()) : "–"));
        }
        return new Captioned(Labels.pick(l, "Tegenfeitelijke toerekening: niet geregelde basisvoorwaarden per jaar in het basisscenario, "
                        + "met het knelpunt weggenomen, en het verschil (personen per jaar; uit knelpunten_relief.csv). "
                        + "± % = halve breedte van het 95%-BI als percentage van het voorkomen aantal; n = gepaarde replicaties "
                        + "(met --precision krijgt elk knelpunt er zoveel als zijn eigen interval nodig heeft).",
                "Counterfactual attribution: basisvoorwaarden not arranged per year in the base scenario, with the knelpunt "
                        + "relieved, and the difference (persons per year; from knelpunten_relief.csv). "
                        + "± % = half-width of the 95% CI as a percentage of the misses prevented; n = paired replications "
                        + "(with --precision each knelpunt gets as many as its own interval needs)."), t);
    }

    static Captioned comparison(Results r, Language l) {
        HtmlTable t = new HtmlTable(List.of("Scenario", Labels.pick(l, "Groep", "Group"), Labels.pick(l, "Uitkomst", "Output"),
                Labels.pick(l, "Basis", "Base"), "Scenario", Labels.pick(l, "Verschil", "Difference"), "95%-" + Labels.pick(l, "BI", "CI")),
                List.of(false, false, false, true, true, true, true));
        for (ComparisonRow c : r.comparison()) {
            if (!c.group().equals(Group.ALL.key())) {
                continue;
            }
            boolean share = Labels.withoutAtRelease(c.metric()).isPresent() || c.metric().endsWith("_share");
            t.row(List.of(c.scenario(), Labels.group(c.group(), l), Labels.metric(c.metric(), r.scenarioValues(), l),
                    share ? Numbers.percent(c.baseMean(), l) : Numbers.number(c.baseMean(), l),
                    share ? Numbers.percent(c.scenarioMean(), l) : Numbers.number(c.scenarioMean(), l),
                    share ? Numbers.number(c.difference().mean() * 100, l) + " pp" : Numbers.number(c.difference().mean(), l),
                    share && c.difference().hasInterval()
                            ? Numbers.number(c.difference().low() * 100, l) + " – " + Numbers.number(c.difference().high() * 100, l) + " pp"
                            : Numbers.range(c.difference(), false, l)));
        }
        return new Captioned(Labels.pick(l, "Verschillen met het basisscenario voor alle justitiabelen (scenario min basis; "
                        + "pp = procentpunt; uit comparison.csv).",
                "Differences from the base scenario for all justitiabelen (scenario minus base; pp = percentage points; "
                        + "from comparison.csv)."), t);
    }

    static Captioned parameters(Results r, Language l) {
        HtmlTable t = new HtmlTable(List.of(Labels.pick(l, "Parameter", "Parameter"), Labels.pick(l, "Waarde", "Value"),
                Labels.pick(l, "Eenheid", "Unit"), Labels.pick(l, "Bron (commentaar in het scenariobestand)", "Source (comment in the scenario file)"),
                Labels.pick(l, "Gezet in", "Set in")), List.of(false, false, false, false, false));
        String previous = "";
        for (ParameterRow p : r.parameters()) {
            if (p.path().equals("description")) {
                continue;
            }
            boolean repeated = p.source().startsWith("↑") && p.source().equals(previous);
            previous = p.source();
            t.row(List.of(p.path(), p.value(), p.unit(), repeated ? "↑" : p.source(), p.origin()));
        }
        return new Captioned(Labels.pick(l, "Het opgeloste scenario: elke parameter met zijn waarde, de bron uit het "
                        + "scenariobestand en de plek (bestand:regel:kolom of --set) waar de waarde is gezet (uit scenario_parameters.csv; de beschrijving staat bovenaan).",
                "The resolved scenario: every parameter with its value, the source from the scenario file and where "
                        + "(file:line:column or --set) the value was set (from scenario_parameters.csv; the description is at the top)."), t);
    }

    static Captioned validation(Results r, Language l) {
        HtmlTable t = new HtmlTable(List.of(Labels.pick(l, "Gepubliceerd cijfer", "Published figure"),
                Labels.pick(l, "Groep", "Group"), Labels.pick(l, "Rol", "Role"), Labels.pick(l, "Model (95%-BI)", "Model (95% CI)"),
                Labels.pick(l, "Gepubliceerd", "Published"), Labels.pick(l, "Bron", "Source"),
                Labels.pick(l, "Oordeel", "Verdict")), List.of(false, false, false, true, true, false, false));
        for (ValidationEntry v : r.validation()) {
            boolean share = r.summary().stream().filter(x -> x.metric().equals(v.metric())).findFirst()
                    .map(x -> x.unit().equals(Unit.SHARE.key())).orElse(v.metric().endsWith("_share")
                            || v.metric().startsWith("without") || v.metric().startsWith("recidive"));
            String modelText = Double.isNaN(v.model().mean()) ? ""
                    : (share ? Numbers.percent(v.model().mean(), l) : Numbers.number(v.model().mean(), l))
                    + (v.model().hasInterval() ? " (" + Numbers.range(v.model(), share, l) + ")" : "");
            t.row(List.of(Labels.metric(v.metric(), r.scenarioValues(), l), Labels.group(v.group(), l),
                    role(v.role(), l), modelText, published(v, share, l), v.source(), verdict(v, l)));
        }
        return new Captioned(Labels.pick(l, "Het model tegenover gepubliceerde cijfers. Invoer is rechtstreeks in het "
                        + "scenario gezet, gekalibreerd is afgesteld om het cijfer te halen; alleen een voorspelling "
                        + "valideert het model. Oordeel: binnen = het 95%-interval van het model overlapt het gepubliceerde "
                        + "bereik (uit validation.csv).",
                "The model against published figures. An input is set directly in the scenario, a calibrated figure was "
                        + "tuned to; only a prediction validates the model. Verdict: in = the model's 95% interval overlaps "
                        + "the published range (from validation.csv)."), t);
    }

    private static String published(ValidationEntry v, boolean share, Language l) {
        java.util.function.DoubleFunction<String> f = x -> share ? Numbers.percent(x, l) : Numbers.number(x, l);
        if (Double.isNaN(v.publishedLow())) {
            return "≤ " + f.apply(v.publishedHigh());
        }
        if (Double.isNaN(v.publishedHigh())) {
            return "≥ " + f.apply(v.publishedLow());
        }
        return f.apply(v.publishedLow()) + " – " + f.apply(v.publishedHigh());
    }

    private static String role(String key, Language l) {
        nl.ketensim.validation.Role role = nl.ketensim.validation.Role.fromKey(key);
        return role == null ? key : role.label(l);
    }

    private static String verdict(ValidationEntry v, Language l) {
        nl.ketensim.validation.Verdict verdict = nl.ketensim.validation.Verdict.fromKey(v.verdict());
        String text = verdict == null ? v.verdict() : verdict.label(l);
        return v.isKnownDeviation() ? text + Labels.pick(l, "; bekende afwijking: ", "; known deviation: ") + v.knownDeviation()
                : text;
    }

    /**
     * Per knelpunt of the scenario's ranking whether it holds across the range of every estimate
     * screened (robust) or under which parameter values it swaps places with another (flips).
     */
    static Captioned robustness(Results r, Language l) {
        HtmlTable t = new HtmlTable(List.of(Labels.pick(l, "Rang", "Rank"), Labels.pick(l, "Knelpunt", "Knelpunt"),
                Labels.pick(l, "Gemiddelde", "Mean"), Labels.pick(l, "Oordeel", "Verdict"),
                Labels.pick(l, "Wisselt van plaats bij", "Swaps places under")), List.of(true, false, true, false, false));
        RankingEntry base = r.ranking().stream().filter(RankingEntry::isBase).findFirst().orElse(null);
        if (base != null) {
            java.util.Map<String, java.util.Set<String>> under = new java.util.LinkedHashMap<>();
            for (RankingEntry e : r.ranking()) {
                for (String pair : e.flipped()) {
                    for (String k : pair.split(">")) {
                        under.computeIfAbsent(k, x -> new java.util.LinkedHashSet<>()).add(e.parameter() + " "
                                + e.direction() + " (" + e.value() + ")");
                    }
                }
            }
            for (int i = 0; i < base.ranking().size(); i++) {
                String k = base.ranking().get(i);
                java.util.Set<String> flips = under.getOrDefault(k, java.util.Set.of());
                t.row(List.of(Integer.toString(i + 1), Labels.knelpunt(k, l),
                        i < base.means().size() ? Numbers.number(base.means().get(i), l) : "",
                        flips.isEmpty() ? Labels.pick(l, "robuust", "robust") : Labels.pick(l, "wisselt", "flips"),
                        String.join("; ", flips)));
            }
        }
        return new Captioned(Labels.pick(l, "Houdt de rangorde van de knelpunten stand over het bereik van elke schatting? "
                        + "Alleen paren die het scenario zelf scheidt (95%-interval van het gepaarde verschil boven 0) "
                        + "tellen; een paar wisselt wanneer een variant het andersom scheidt; robuust = in geen enkele variant "
                        + "van plaats gewisseld (uit sensitivity_ranking.csv).",
                "Does the ranking of knelpunten hold across the range of each estimate? Only pairs the scenario itself "
                        + "separates (95% interval of the paired difference above 0) count; a pair flips when a variant separates "
                        + "it the other way round; robust = swapped places in no variant (from sensitivity_ranking.csv)."), t);
    }
}
