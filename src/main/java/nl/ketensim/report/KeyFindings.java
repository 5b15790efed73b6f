package nl.ketensim.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.ketensim.domain.Basisvoorwaarde;
import nl.ketensim.domain.Language;
import nl.ketensim.results.Group;
import nl.ketensim.results.MetricFamily;

/**
 * Three to five sentences generated from the numbers: the basisvoorwaarde most often missing for
 * stays over 14 days, the largest descriptive knelpunt, the largest prevented number when a relief
 * file is present, the largest change in a comparison, and the process norms.
 */
final class KeyFindings {

    private KeyFindings() { }

    static List<String> of(Results r, Language l) {
        List<String> sentences = new ArrayList<>();
        validation(r, l).ifPresent(sentences::add);
        ranking(r, l).ifPresent(sentences::add);
        mostMissing(r, l).ifPresent(sentences::add);
        largestKnelpunt(r, l).ifPresent(sentences::add);
        largestRelief(r, l).ifPresent(sentences::add);
        largestDifference(r, l).ifPresent(sentences::add);
        processNorms(r, l).ifPresent(sentences::add);
        return sentences;
    }

    private static Optional<String> mostMissing(Results r, Language l) {
        for (Group group : List.of(Group.STAY_GT_14D, Group.ALL)) {
            Optional<SummaryRow> worst = java.util.Arrays.stream(Basisvoorwaarde.values())
                    .map(b -> r.find(group, MetricFamily.WITHOUT_AT_RELEASE.of(b)))
                    .flatMap(Optional::stream)
                    .filter(s -> !Double.isNaN(s.estimate().mean()))
                    .max(Comparator.comparingDouble(s -> s.estimate().mean()));
            if (worst.isPresent()) {
                SummaryRow s = worst.get();
                String bv = Labels.category(s.metric(), r.scenarioValues(), l);
                String who = group == Group.ALL ? Labels.pick(l, "Van alle ontslagen justitiabelen", "Of all released justitiabelen")
                        : Labels.pick(l, "Bij een verblijf van meer dan 14 dagen", "For stays of more than 14 days");
                return Optional.of(who + Labels.pick(l, " ontbreekt bij ontslag het vaakst ", " the basisvoorwaarde most often missing at release is ")
                        + bv + ": " + Numbers.percent(s.estimate().mean(), l)
                        + Labels.pick(l, " van de ontslagen ", " of releases ") + Numbers.percentInterval(s.estimate(), l) + ".");
            }
        }
        return Optional.empty();
    }

    private static Optional<String> largestKnelpunt(Results r, Language l) {
        Map<String, Double> totals = new LinkedHashMap<>();
        double all = 0;
        for (KnelpuntEstimate k : r.knelpunten()) {
            double mean = k.missedPerYear().mean();
            if (!Double.isNaN(mean)) {
                totals.merge(k.knelpunt(), mean, Double::sum);
                all += mean;
            }
        }
        Optional<Map.Entry<String, Double>> top = totals.entrySet().stream().max(Map.Entry.comparingByValue());
        if (top.isEmpty() || top.get().getValue() <= 0) {
            return Optional.empty();
        }
        String knelpunt = top.get().getKey();
        KnelpuntEstimate biggest = r.knelpunten().stream().filter(k -> k.knelpunt().equals(knelpunt))
                .max(Comparator.comparingDouble(k -> k.missedPerYear().mean())).orElseThrow();
        return Optional.of(Labels.pick(l, "Beschrijvend is ", "Descriptively, ") + Labels.knelpunt(knelpunt, l)
                + Labels.pick(l, " het grootste knelpunt: samen ", " is the largest knelpunt: together ")
                + Numbers.number(top.get().getValue(), l)
                + Labels.pick(l, " niet geregelde basisvoorwaarden per jaar (", " basisvoorwaarden not arranged per year (")
                + Numbers.percent(top.get().getValue() / all, l) + Labels.pick(l, " van alle), het meest bij ", " of all), most for ")
                + Labels.basisvoorwaarde(biggest.basisvoorwaarde(), l) + " (" + Numbers.number(biggest.missedPerYear().mean(), l)
                + Labels.pick(l, " per jaar ", " per year ") + Numbers.interval(biggest.missedPerYear(), l) + ").");
    }

    private static Optional<String> largestRelief(Results r, Language l) {
        List<ReliefRow> single = r.relief().stream().filter(x -> !x.isAllRelieved()).toList();
        List<ReliefRow> totals = single.stream().filter(ReliefRow::isTotal).toList();
        List<ReliefRow> rows = totals.isEmpty() ? single : totals;
        return rows.stream().filter(x -> !Double.isNaN(x.prevented().mean()))
                .max(Comparator.comparingDouble(x -> x.prevented().mean()))
                .map(x -> Labels.pick(l, "Het wegnemen van het knelpunt ", "Relieving the knelpunt ")
                        + Labels.knelpunt(x.knelpunt(), l) + Labels.pick(l, " voorkomt het meest: ", " prevents the most: ")
                        + Numbers.number(x.prevented().mean(), l)
                        + Labels.pick(l, " niet geregelde basisvoorwaarden per jaar", " basisvoorwaarden not arranged per year")
                        + (x.isTotal() ? "" : Labels.pick(l, " bij ", " for ") + Labels.basisvoorwaarde(x.basisvoorwaarde(), l))
                        + " " + Numbers.interval(x.prevented(), l) + ".");
    }

    private static Optional<String> largestDifference(Results r, Language l) {
        return r.comparison().stream()
                .filter(c -> c.group().equals(Group.ALL.key()) && Labels.withoutAtRelease(c.metric()).isPresent()
                        && !Double.isNaN(c.difference().mean()))
                .max(Comparator.comparingDouble(c -> Math.abs(c.difference().mean())))
                .map(c -> {
                    String bv = Labels.category(c.metric(), r.scenarioValues(), l);
                    String pp = Labels.pick(l, " procentpunt", " percentage points");
                    String interval = c.difference().hasInterval()
                            ? Labels.pick(l, " (95%-BI ", " (95% CI ") + Numbers.number(c.difference().low() * 100, l)
                                    + Labels.pick(l, " tot ", " to ") + Numbers.number(c.difference().high() * 100, l) + ")"
                            : "";
                    return Labels.pick(l, "De grootste verandering ten opzichte van het basisscenario: in scenario ",
                            "The largest change from the base scenario: in scenario ") + c.scenario()
                            + Labels.pick(l, " verandert het aandeel ontslagen zonder ", " the share released without ") + bv
                            + Labels.pick(l, " met ", " changes by ") + Numbers.number(c.difference().mean() * 100, l) + pp
                            + interval + ".";
                });
    }

    private static Optional<String> processNorms(Results r, Language l) {
        List<String> parts = new ArrayList<>();
        for (String metric : ProcessNormsChart.METRICS) {
            r.find(Group.ALL.key(), metric).filter(s -> !Double.isNaN(s.estimate().mean()))
                    .ifPresent(s -> parts.add(Labels.metric(metric, r.scenarioValues(), l) + ": " + Numbers.percent(s.estimate().mean(), l)));
        }
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Labels.pick(l, "Procesnormen gehaald (alle justitiabelen): ", "Process norms met (all justitiabelen): ")
                + String.join("; ", parts) + ".");
    }

    /** How the run compares with published figures: in range, known deviations, genuine predictions. */
    static Optional<String> validation(Results r, Language l) {
        List<ValidationEntry> modelled = r.validation().stream().filter(ValidationEntry::isModelled).toList();
        if (modelled.isEmpty()) {
            return Optional.empty();
        }
        long in = modelled.stream().filter(v -> v.verdict().equals("in")).count();
        long deviations = modelled.stream().filter(ValidationEntry::isKnownDeviation).count();
        List<ValidationEntry> predictions = modelled.stream().filter(v -> v.role().equals("prediction")).toList();
        long predictionsIn = predictions.stream().filter(v -> v.verdict().equals("in")).count();
        long pending = r.validation().size() - modelled.size();
        String prefix = modelled.get(0).basis() ? ""
                : Labels.pick(l, "Let op: dit is niet het basisscenario, de vergelijking is ter informatie. ",
                "Note: this is not the basis scenario; the comparison is for information only. ");
        return Optional.of(prefix + Labels.pick(l,
                String.format("Validatie: %d van %d gepubliceerde cijfers binnen bereik, %d bekende afwijking%s; "
                        + "%d echte voorspelling%s (alleen die valideren), waarvan %d binnen bereik; %d nog niet gemodelleerd.",
                        in, modelled.size(), deviations, deviations == 1 ? "" : "en", predictions.size(),
                        predictions.size() == 1 ? "" : "en", predictionsIn, pending),
                String.format("Validation: %d of %d published figures in range, %d known deviation%s; %d genuine "
                        + "prediction%s (only these validate), %d of them in range; %d not yet modelled.",
                        in, modelled.size(), deviations, deviations == 1 ? "" : "s", predictions.size(),
                        predictions.size() == 1 ? "" : "s", predictionsIn, pending)));
    }

    /** Whether the knelpunten ranking holds across the screened estimates. */
    static Optional<String> ranking(Results r, Language l) {
        List<RankingEntry> variants = r.ranking().stream().filter(e -> !e.isBase()).toList();
        if (variants.isEmpty()) {
            return Optional.empty();
        }
        java.util.Set<String> parameters = new java.util.LinkedHashSet<>();
        java.util.Set<String> flipping = new java.util.LinkedHashSet<>();
        for (RankingEntry e : variants) {
            parameters.add(e.parameter());
            if (!e.flipped().isEmpty()) {
                flipping.add(e.parameter());
            }
        }
        String list = String.join(", ", flipping);
        return Optional.of(Labels.pick(l,
                String.format("De rangorde van de knelpunten houdt stand over het bereik van %d van de %d gescreende "
                        + "schattingen%s.", parameters.size() - flipping.size(), parameters.size(),
                        flipping.isEmpty() ? "" : "; hij wisselt bij " + list),
                String.format("The ranking of knelpunten holds across the range of %d of the %d estimates screened%s.",
                        parameters.size() - flipping.size(), parameters.size(),
                        flipping.isEmpty() ? "" : "; it flips under " + list)));
    }
}
